import { type KeyboardEvent, type ReactNode, useRef } from "react";

/**
 * DKFDS tabs with the WAI-ARIA tab pattern: one tab stop for the list, the arrow keys, Home and End move between
 * tabs and show them, and the panel is named by its tab. Only the chosen panel is in the page.
 */
export function Tabs<K extends string>({
  tabs,
  selected,
  onSelect,
  label,
  idPrefix,
  testId,
  panelTestId,
  children,
}: {
  tabs: readonly { key: K; label: string }[];
  selected: K;
  onSelect: (key: K) => void;
  label: string;
  idPrefix: string;
  testId?: (key: K) => string;
  panelTestId?: (key: K) => string;
  children: ReactNode;
}) {
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const move = (e: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const to =
      e.key === "ArrowRight"
        ? index === last
          ? 0
          : index + 1
        : e.key === "ArrowLeft"
          ? index === 0
            ? last
            : index - 1
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? last
              : undefined;
    if (to === undefined) return;
    e.preventDefault();
    const key = tabs[to]!.key;
    onSelect(key);
    refs.current.get(key)?.focus();
  };
  return (
    <div className="tab-container">
      <div className="tab-list" role="tablist" aria-label={label}>
        {tabs.map((tab, i) => (
          <button
            key={tab.key}
            ref={(el) => {
              if (el) refs.current.set(tab.key, el);
              else refs.current.delete(tab.key);
            }}
            type="button"
            role="tab"
            className="tab-button"
            id={`${idPrefix}-tab-${tab.key}`}
            aria-selected={tab.key === selected}
            aria-controls={`${idPrefix}-panel-${tab.key}`}
            tabIndex={tab.key === selected ? 0 : -1}
            onClick={() => onSelect(tab.key)}
            onKeyDown={(e) => move(e, i)}
            data-testid={testId?.(tab.key)}
          >
            <span>{tab.label}</span>
          </button>
        ))}
      </div>
      <div
        className="tab-panel"
        role="tabpanel"
        id={`${idPrefix}-panel-${selected}`}
        aria-labelledby={`${idPrefix}-tab-${selected}`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the WAI-ARIA tab pattern makes the panel a tab stop
        tabIndex={0}
        data-testid={panelTestId?.(selected)}
      >
        {children}
      </div>
    </div>
  );
}
