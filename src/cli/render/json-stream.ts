/**
 * A JSON object written member by member, byte for byte as
 * `JSON.stringify(object, null, 2)` writes the whole object — so a report
 * can be written while it is computed and still read as one document. One
 * member may be an array written item by item ({@link JsonObjectStream.item}).
 * Strings in JSON hold no raw line break, so indenting a value is indenting
 * each of its lines.
 *
 * @example
 * ```ts
 * let text = '';
 * const json = new JsonObjectStream((piece) => (text += piece));
 * json.member('contract', 'linkando');
 * json.openArray('tickets');
 * json.item({ id: 'T-1' });
 * json.closeArray();
 * json.end();
 * text === JSON.stringify({ contract: 'linkando', tickets: [{ id: 'T-1' }] }, null, 2); // true
 * ```
 */
export class JsonObjectStream {
  readonly #write: (text: string) => void;
  #members = 0;
  #items = -1;

  constructor(write: (text: string) => void) {
    this.#write = write;
  }

  /** A member `key: value` (a value `JSON.stringify` writes; `undefined` is left out, as it leaves it out). */
  member(key: string, value: unknown): void {
    if (value === undefined) return;
    this.#key(key);
    this.#write(indented(JSON.stringify(value, null, 2), '  '));
  }

  /** Start the member `key: [` whose items follow. */
  openArray(key: string): void {
    this.#key(key);
    this.#write('[');
    this.#items = 0;
  }

  /** The next item of the open array. */
  item(value: unknown): void {
    this.#write(`${this.#items === 0 ? '\n' : ',\n'}    ${indented(JSON.stringify(value, null, 2), '    ')}`);
    this.#items++;
  }

  /** End the open array (`[]` when it has no item). */
  closeArray(): void {
    this.#write(this.#items === 0 ? ']' : '\n  ]');
    this.#items = -1;
  }

  /** End the object (`{}` without a member); no line end after it. */
  end(): void {
    this.#write(this.#members === 0 ? '{}' : '\n}');
  }

  #key(key: string): void {
    if (this.#items >= 0) throw new Error('JsonObjectStream: a member while an array is open');
    this.#write(`${this.#members === 0 ? '{\n' : ',\n'}  ${JSON.stringify(key)}: `);
    this.#members++;
  }
}

function indented(json: string, indent: string): string {
  return json.includes('\n') ? json.replaceAll('\n', `\n${indent}`) : json;
}
