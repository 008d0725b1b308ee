import sprite from "dkfds-dist/img/all-svg-icons.svg?url";

/** A DKFDS icon from the design system's sprite file. Decorative: the text beside it carries the meaning. */
export function Icon({ name, className }: { name: string; className?: string }) {
  return (
    <svg className={`icon-svg${className ? ` ${className}` : ""}`} focusable="false" aria-hidden="true">
      <use href={`${sprite}#${name}`} />
    </svg>
  );
}
