/**
 * Types for the parts of `webvtt-parser` (the W3C WebVTT parser and validator) that Jobunivers uses. The package is
 * CommonJS without named exports Node can see, so import its default export: `import webvtt from "webvtt-parser"`.
 */
declare module "webvtt-parser" {
  /** A node of a cue's text: text, a tag (`<v Name>`, `<c>`, `<i>`, `<b>`, `<u>`, `<ruby>`, `<rt>`, `<lang>`) or a timestamp. */
  export interface WebVTTNode {
    type: "text" | "object" | "timestamp";
    /** tag name of an "object": "v", "c", "i", "b", "u", "ruby", "rt", "lang" */
    name?: string;
    classes?: string[];
    /** "text": the text; "object": the annotation (the speaker of `<v>`, the language of `<lang>`); "timestamp": seconds */
    value?: string | number;
    children?: WebVTTNode[];
  }

  export interface WebVTTCue {
    id: string;
    /** seconds */
    startTime: number;
    endTime: number;
    text: string;
    tree: { children: WebVTTNode[] };
    [setting: string]: unknown;
  }

  export interface WebVTTError {
    message: string;
    /** 1-based line of the input */
    line: number;
    col?: number;
  }

  export interface WebVTTParseResult {
    cues: WebVTTCue[];
    errors: WebVTTError[];
    time: number;
    styles: string[];
  }

  export class WebVTTParser {
    constructor(entities?: Record<string, string>);
    /** "metadata" leaves out the cue text's errors; the cues and their trees are the same. */
    parse(input: string, mode?: "subtitles" | "chapters" | "metadata"): WebVTTParseResult;
  }

  export class WebVTTSerializer {
    serialize(cues: WebVTTCue[], styles?: string[]): string;
  }

  const webvtt: { WebVTTParser: typeof WebVTTParser; WebVTTSerializer: typeof WebVTTSerializer };
  export default webvtt;
}
