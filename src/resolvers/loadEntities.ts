import type { Context } from '../context';
import type { Label as LabelName } from '../db/labelsAndTypes';
import { Label, labelOfId } from '../db/labelsAndTypes';
import type { Row } from '../db/transaction';
import { BUILT_IN_TERMS } from '../domain/vocabularies';
import type {
  EvidenceModel,
  NodeModel,
  OrganizationModel,
  PersonModel,
  ProgramModel,
  SourceModel,
  VocabularyTermModel,
} from '../models';
import {
  toNode,
  toOrganization,
  toPerson,
  toProgram,
  toSource,
  toVocabularyTerm,
} from '../repositories/nodeMappers';

/** Loads one entity of a label through the request's batching loader; null when absent. */
export async function loadEntity<T>(
  ctx: Context,
  label: LabelName,
  id: string,
  toModel: (row: Row) => T,
): Promise<T | null> {
  const row = await ctx.loaders.nodes(label).load(id);
  return row ? toModel(row) : null;
}

/** Like `loadEntity`, for a reference the graph guarantees (a relationship's far end). */
export async function loadRequired<T>(
  ctx: Context,
  label: LabelName,
  id: string,
  toModel: (row: Row) => T,
): Promise<T> {
  const found = await loadEntity(ctx, label, id, toModel);
  if (found === null) throw new Error(`${label} ${id} is referenced but missing`);
  return found;
}

export const loadPerson = (ctx: Context, id: string): Promise<PersonModel | null> =>
  loadEntity(ctx, Label.Person, id, toPerson);
export const loadOrganization = (ctx: Context, id: string): Promise<OrganizationModel | null> =>
  loadEntity(ctx, Label.Organization, id, toOrganization);
export const loadProgram = (ctx: Context, id: string): Promise<ProgramModel | null> =>
  loadEntity(ctx, Label.Program, id, toProgram);
export const loadSource = (ctx: Context, id: string): Promise<SourceModel | null> =>
  loadEntity(ctx, Label.Source, id, toSource);

/** Loads many entities of one label in one batch, in id order, dropping missing ones. */
export async function loadMany<T>(
  ctx: Context,
  label: LabelName,
  ids: readonly string[],
  toModel: (row: Row) => T,
): Promise<T[]> {
  const rows = await ctx.loaders.nodes(label).loadMany(ids);
  const out: T[] = [];
  for (const row of rows) {
    if (row instanceof Error) throw row;
    if (row) out.push(toModel(row));
  }
  return out;
}

/** Any entity by id, typed by its id prefix; null for unknown ids and evidence excerpts. */
export async function loadNode(ctx: Context, id: string): Promise<NodeModel | null> {
  const label = storedLabel(id);
  return nodeOfRow(id, label ? await ctx.loaders.nodes(label).load(id) : null);
}

/** The label an entity id is stored under; null for unknown ids, excerpts and built-in terms. */
function storedLabel(id: string): LabelName | null {
  const label = labelOfId(id);
  if (label === null || label === Label.Excerpt) return null;
  return label === Label.Term && BUILT_IN_TERMS.has(id) ? null : label;
}

/** The entity `id` as `loadNode` gives it, from its stored properties (null when not stored). */
export function nodeOfRow(id: string, row: Row | null): NodeModel | null {
  const label = storedLabel(id);
  if (label) return row ? toNode(label, row) : null;
  const term = labelOfId(id) === Label.Term ? toVocabularyTerm(id, null) : null;
  return term ? { __typename: 'Term', ...term } : null;
}

/**
 * A term a role or kind refers to: built-in ones from the code, curated ones through the batching
 * loader (or, when no longer stored, what their id says).
 */
export async function loadTerm(ctx: Context, id: string): Promise<VocabularyTermModel> {
  const row = BUILT_IN_TERMS.has(id) ? null : await ctx.loaders.nodes(Label.Term).load(id);
  const term = toVocabularyTerm(id, row);
  if (!term) throw new Error(`${id} is not a term id`);
  return term;
}

/** The `roleTerm` / `kindTerm` field of every type that has one. */
export const roleTermField = (parent: { roleTermId: string }, _args: unknown, ctx: Context) =>
  loadTerm(ctx, parent.roleTermId);
export const kindTermField = (parent: { kindTermId: string }, _args: unknown, ctx: Context) =>
  loadTerm(ctx, parent.kindTermId);

/** Keeps the items whose role is one of `roles` and whose role term is one of `roleTerms`. */
export function byRole<T extends { role: string; roleTermId: string }>(
  items: T[],
  roles: readonly string[] | null | undefined,
  roleTerms: readonly string[] | null | undefined,
): T[] {
  return items.filter(
    (item) =>
      (!roles?.length || roles.includes(item.role)) &&
      (!roleTerms?.length || roleTerms.includes(item.roleTermId)),
  );
}

/** The quotations behind a fact, batched across the whole request. */
export async function loadEvidence(ctx: Context, ids: readonly string[]): Promise<EvidenceModel[]> {
  const found = await ctx.loaders.excerpts.loadMany(ids);
  const out: EvidenceModel[] = [];
  for (const item of found) {
    if (item instanceof Error) throw item;
    if (item) out.push(item);
  }
  return out;
}

/** The `evidence` field of every evidenced type. */
export const evidenceField = (parent: { evidenceIds: string[] }, _args: unknown, ctx: Context) =>
  loadEvidence(ctx, parent.evidenceIds);
