/**
 * JSON read the way Terraform reads it: with duplicate object keys seen, not silently dropped.
 * `JSON.parse` keeps the last value of a repeated key; Terraform's JSON syntax reads a repeated block
 * key (`"resource"` twice) as two blocks. A reviewer of a file must know both.
 */

/** A JSON text parsed, with every key that an object repeats. */
export interface StrictJson {
  /**
   * The value. A repeated key holds its values in file order, as one list (a list value adds its
   * items): Terraform's JSON syntax reads a list of objects as one block each, so no block is lost.
   */
  readonly value: unknown;
  /** Paths of the repeated keys, in file order, e.g. `resource`, `resource.okta_group_role.admins.role_type`. */
  readonly duplicates: readonly string[];
}

/**
 * Why an input file whose JSON repeats keys (`StrictJson.duplicates`) is refused, without naming the
 * file: `repeats the key "a", "b.c" in one object: …, so it is refused`. One reader keeps one value,
 * another the other, so no reading of it can be trusted. For a reader whose caller names the file.
 */
export function repeatedKeysReason(duplicates: readonly string[]): string {
  const keys = duplicates.map((d) => `"${d}"`).join(', ');
  return `repeats the key ${keys} in one object: readers disagree on which value counts, so it is refused`;
}

/**
 * The refusal of an input file whose JSON repeats keys (`repeatedKeysReason`), naming the file as
 * `shownAs`; `fix` says how to get a good file.
 */
export function repeatedKeysRefusal(shownAs: string, duplicates: readonly string[], fix: string): string {
  return `${shownAs} ${repeatedKeysReason(duplicates)}. ${fix}`;
}

/** Where a JSON text is not JSON: a byte offset, never the text itself (it may hold a secret). */
export class JsonSyntaxError extends Error {
  constructor(public readonly position: number) {
    super(`not valid JSON at character ${position}`);
    this.name = 'JsonSyntaxError';
  }
}

/**
 * Parses `text` as JSON and finds its repeated keys. Valid JSON without a repeated key (the common
 * case) costs one `JSON.parse` and one scan of the text. Throws `JsonSyntaxError` (a position only)
 * when the text is not JSON.
 */
export function parseStrictJson(text: string): StrictJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new JsonSyntaxError(syntaxErrorPosition(text));
  }
  const duplicates = repeatedKeys(text);
  if (duplicates.length === 0) return { value, duplicates };
  try {
    return { value: new MergingParser(text).parse(), duplicates };
  } catch (e) {
    // JSON.parse read it, so only the recursion can fail: a nesting deeper than the stack.
    if (e instanceof RangeError) throw new JsonSyntaxError(0);
    throw e;
  }
}

interface Frame {
  /** The keys seen so far (an object), or unset (an array): a list while short, then a set. */
  keys?: string[] | Set<string>;
  /** The frame this one is a value of, and where in it (`key` or `[index]`); the path is built only for a report. */
  readonly parent?: Frame;
  readonly at: string;
  index: number;
  key: string;
  expectKey: boolean;
}

function pathOf(frame: Frame | undefined): string {
  if (frame?.parent === undefined) return '';
  const above = pathOf(frame.parent);
  return above === '' || frame.at.startsWith('[') ? `${above}${frame.at}` : `${above}.${frame.at}`;
}

/** The path of each repeated key of a valid JSON text, by one scan without building the value. */
function repeatedKeys(text: string): string[] {
  const out: string[] = [];
  const stack: Frame[] = [];
  const push = (keys: string[] | undefined): void => {
    const parent = stack[stack.length - 1];
    const at = parent === undefined ? '' : parent.keys !== undefined ? parent.key : `[${parent.index}]`;
    stack.push({ keys, parent, at, index: 0, key: '', expectKey: keys !== undefined });
  };
  // Jump from one structural character to the next: whitespace and values are skipped by the regex.
  const structural = /["{}[\],]/g;
  for (let m = structural.exec(text); m !== null; m = structural.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (top?.keys !== undefined && top.expectKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        const keys = top.keys;
        if (Array.isArray(keys) ? keys.includes(key) : keys.has(key)) {
          const where = pathOf(top);
          out.push(where === '' ? key : `${where}.${key}`);
        } else if (!Array.isArray(keys)) keys.add(key);
        else if (keys.length < 16) keys.push(key);
        else top.keys = new Set([...keys, key]);
        top.key = key;
        top.expectKey = false;
      }
      structural.lastIndex = end + 1;
    } else if (c === 0x7b /* { */) {
      push([]);
    } else if (c === 0x5b /* [ */) {
      push(undefined);
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else {
      const top = stack[stack.length - 1]!;
      if (top.keys !== undefined) top.expectKey = true;
      else top.index++;
    }
  }
  return out;
}

/** Index of the quote that closes the string opened at `start`. */
function stringEnd(text: string, start: number): number {
  let j = start + 1;
  for (;;) {
    const q = text.indexOf('"', j);
    let backslashes = 0;
    for (let k = q - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
    if (backslashes % 2 === 0) return q;
    j = q + 1;
  }
}

/** The first position where `text` stops being JSON (found by the merging parser, which checks as it goes). */
function syntaxErrorPosition(text: string): number {
  try {
    new MergingParser(text).parse();
  } catch (e) {
    if (e instanceof JsonSyntaxError) return e.position;
  }
  return 0;
}

/** Sets `key` of `out` to `value`, or to the list of every value when the key is repeated. */
function addMember(out: Record<string, unknown>, key: string, value: unknown): void {
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);
  const merged = Object.prototype.hasOwnProperty.call(out, key) ? [...list(out[key]), ...list(value)] : value;
  // defineProperty, not assignment: a key `__proto__` stays a key, as in JSON.parse.
  Object.defineProperty(out, key, { value: merged, enumerable: true, writable: true, configurable: true });
}

/** A small recursive-descent JSON parser that keeps every value of a repeated key. */
class MergingParser {
  private i = 0;
  constructor(private readonly text: string) {}

  parse(): unknown {
    const value = this.value();
    this.space();
    if (this.i !== this.text.length) throw new JsonSyntaxError(this.i);
    return value;
  }

  private space(): void {
    while (/[ \t\r\n]/.test(this.text[this.i] ?? '')) this.i++;
  }

  private value(): unknown {
    this.space();
    const c = this.text[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      this.text.slice(this.i, this.i + 400),
    );
    if (literal === null) throw new JsonSyntaxError(this.i);
    this.i += literal[0].length;
    return JSON.parse(literal[0]) as unknown;
  }

  private string(): string {
    const end = this.text.indexOf('"', this.i + 1) < 0 ? -1 : stringEnd(this.text, this.i);
    if (end < 0) throw new JsonSyntaxError(this.i);
    const raw = this.text.slice(this.i, end + 1);
    this.i = end + 1;
    try {
      return JSON.parse(raw) as string;
    } catch {
      throw new JsonSyntaxError(end);
    }
  }

  private object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.elements('}', () => {
      this.space();
      if (this.text[this.i] !== '"') throw new JsonSyntaxError(this.i);
      const key = this.string();
      this.space();
      if (this.text[this.i++] !== ':') throw new JsonSyntaxError(this.i - 1);
      addMember(out, key, this.value());
    });
    return out;
  }

  private array(): unknown[] {
    const out: unknown[] = [];
    this.elements(']', () => out.push(this.value()));
    return out;
  }

  /**
   * Reads the comma-separated members of an object or items of an array, from its opening bracket
   * (at `this.i`) to `close`, calling `readOne` for each.
   */
  private elements(close: '}' | ']', readOne: () => void): void {
    this.i++;
    this.space();
    if (this.text[this.i] === close) {
      this.i++;
      return;
    }
    for (;;) {
      readOne();
      this.space();
      const next = this.text[this.i++];
      if (next === close) return;
      if (next !== ',') throw new JsonSyntaxError(this.i - 1);
    }
  }
}
