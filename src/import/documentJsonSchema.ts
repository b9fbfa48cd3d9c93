import { z } from 'zod';

import { DocumentSchema } from './documentSchema';

/** The published JSON Schema of import documents (seed/document.schema.json), from the zod schema. */
export function documentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DocumentSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'cooperation-kg import document',
    description:
      'One source (article, report, reference note) and every fact taken from it, each with the excerpts that state it. See seed/README.md.',
  };
}

/** The schema file's exact text (two-space JSON and a final newline). */
export function documentJsonSchemaText(): string {
  return `${JSON.stringify(documentJsonSchema(), null, 2)}\n`;
}
