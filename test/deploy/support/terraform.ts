import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import hcl2json from '@cdktf/hcl2json';

/** A block as hcl2json renders it: attributes as values, nested blocks as arrays of blocks. */
export type Block = Record<string, unknown>;

/** All `.tf` files of one directory, parsed and merged the way Terraform merges a module's files. */
export class TerraformModule {
  constructor(
    readonly files: ReadonlyMap<string, string>,
    private readonly parsed: ReadonlyMap<string, Record<string, unknown>>,
  ) {}

  static async load(dir: string): Promise<TerraformModule> {
    const names = readdirSync(dir).filter((name) => name.endsWith('.tf')).sort();
    const files = new Map(names.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
    const parsed = new Map<string, Record<string, unknown>>();
    for (const [name, text] of files) {
      parsed.set(name, (await hcl2json.parse(name, text)) as Record<string, unknown>);
    }
    return new TerraformModule(files, parsed);
  }

  /** Unlabelled top-level blocks (`terraform`, `locals`) from every file, in file order. */
  blocks(kind: 'terraform' | 'locals'): Block[] {
    return [...this.parsed.values()].flatMap((file) => (Array.isArray(file[kind]) ? (file[kind] as Block[]) : []));
  }

  /** Labelled top-level blocks (`variable`, `output`, `provider`): name -> block. */
  named(kind: 'variable' | 'output' | 'provider'): Record<string, Block> {
    return this.collect((file) => file[kind] as Record<string, Block[]> | undefined);
  }

  resources(type: string): Record<string, Block> {
    return this.collect((file) => (file.resource as Record<string, Record<string, Block[]>> | undefined)?.[type]);
  }

  resource(type: string, name: string): Block {
    const block = this.resources(type)[name];
    if (!block) throw new Error(`resource ${type}.${name} is not declared`);
    return block;
  }

  /** Every `locals` entry of the module, merged. */
  locals(): Record<string, unknown> {
    return Object.assign({}, ...this.blocks('locals')) as Record<string, unknown>;
  }

  /** The file that declares a resource, to check the split by concern. */
  fileOf(type: string, name: string): string | undefined {
    for (const [file, content] of this.parsed) {
      const resources = content.resource as Record<string, Record<string, unknown>> | undefined;
      if (resources?.[type]?.[name]) return file;
    }
    return undefined;
  }

  private collect(pick: (file: Record<string, unknown>) => Record<string, Block[]> | undefined): Record<string, Block> {
    const result: Record<string, Block> = {};
    for (const file of this.parsed.values()) {
      for (const [name, blocks] of Object.entries(pick(file) ?? {})) {
        if (name in result) throw new Error(`${name} is declared twice`);
        result[name] = blocks[0];
      }
    }
    return result;
  }
}

/** The first nested block of a given name (`site_config`, `identity`), which hcl2json wraps in an array. */
export function nested(block: Block, name: string): Block {
  const value = block[name];
  if (!Array.isArray(value) || value.length === 0) throw new Error(`block ${name} is missing`);
  return value[0] as Block;
}

/** Parses a `.tfvars` file (HCL attributes only). */
export async function parseTfvars(name: string, text: string): Promise<Record<string, unknown>> {
  return (await hcl2json.parse(name, text)) as Record<string, unknown>;
}
