// Typed, line-aware access to a parsed YAML document, so every import problem can name the construct and
// the line it is on. Built on the yaml package's node tree (ranges are offsets into the source text).
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';

export class YNode {
  constructor(
    /** The YAML node, or undefined when the key is absent. */
    readonly node: Node | undefined,
    /** Dotted path from the document root, e.g. "spec.indicator.spec.ratioMetric". */
    readonly path: string,
    private readonly lines: LineCounter,
    /** Line of the key this value belongs to (the line a reader looks at), when there is one. */
    private readonly keyLine: number | null,
  ) {}

  get exists(): boolean {
    return this.node !== undefined && !(isScalar(this.node) && this.node.value === null);
  }

  /** 1-based line of the construct: its key's line when it has one, else its own. */
  get line(): number | null {
    if (this.keyLine !== null) return this.keyLine;
    const start = this.node?.range?.[0];
    return start === undefined ? null : this.lines.linePos(start).line;
  }

  get(key: string): YNode {
    const path = this.path ? `${this.path}.${key}` : key;
    if (isMap(this.node)) {
      for (const pair of this.node.items) {
        if (!isPair(pair) || !isScalar(pair.key) || String(pair.key.value) !== key) continue;
        const keyStart = pair.key.range?.[0];
        const value = pair.value === null ? undefined : (pair.value as Node);
        return new YNode(value, path, this.lines, keyStart === undefined ? null : this.lines.linePos(keyStart).line);
      }
    }
    return new YNode(undefined, path, this.lines, null);
  }

  /** The first of several spellings that is present (Sloth accepts error_query and errorQuery). */
  either(...keys: string[]): YNode {
    for (const k of keys) {
      const n = this.get(k);
      if (n.exists) return n;
    }
    return this.get(keys[0] ?? '');
  }

  keys(): string[] {
    if (!isMap(this.node)) return [];
    return this.node.items.flatMap((p) => (isPair(p) && isScalar(p.key) ? [String(p.key.value)] : []));
  }

  items(): YNode[] {
    if (!isSeq(this.node)) return [];
    return this.node.items.map((item, i) => new YNode(item as Node, `${this.path}[${i}]`, this.lines, null));
  }

  get isMap(): boolean {
    return isMap(this.node);
  }

  get isSeq(): boolean {
    return isSeq(this.node);
  }

  string(): string | undefined {
    if (!isScalar(this.node)) return undefined;
    const v = this.node.value;
    return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
  }

  number(): number | undefined {
    if (!isScalar(this.node)) return undefined;
    const v = this.node.value;
    if (typeof v === 'number') return v;
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
    return undefined;
  }

  boolean(): boolean | undefined {
    if (!isScalar(this.node)) return undefined;
    const v = this.node.value;
    return typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined;
  }
}

export interface YDocument {
  root: YNode;
  /** The document's own text, for storing beside the definitions it produced. */
  text: string;
  /** 1-based line where the document starts. */
  line: number;
}

export interface YamlSyntaxError {
  line: number | null;
  message: string;
}

/** Every document of a (possibly multi-document) YAML file, or its syntax errors. */
export function parseYamlDocuments(source: string): { documents: YDocument[]; errors: YamlSyntaxError[] } {
  const lines = new LineCounter();
  const docs: Document.Parsed[] = parseAllDocuments(source, { lineCounter: lines }) as Document.Parsed[];
  const errors: YamlSyntaxError[] = [];
  const documents: YDocument[] = [];
  for (const d of docs) {
    for (const e of d.errors) errors.push({ line: e.linePos?.[0].line ?? null, message: e.message.split('\n')[0] ?? e.message });
    if (d.contents === null) continue;
    const [start, end] = d.range;
    documents.push({ root: new YNode(d.contents as Node, '', lines, null), text: source.slice(start, end).trim(), line: lines.linePos(d.contents.range?.[0] ?? start).line });
  }
  return { documents, errors };
}
