import type { Context } from '../context';
import { badUserInput, pageSizeExceeded } from '../errors';
import type { PageArgs } from '../repositories/pagination';
import { checkPageArgs } from '../repositories/pagination';

/** Validates Relay arguments against the configured maximum page size. */
export function checkPage(ctx: Context, args: PageArgs): PageArgs {
  checkPageArgs(args, ctx.config.limits.maxPageSize);
  return args;
}

/** Validates a plain list size (`first` of search or rankings). */
export function checkListSize(
  ctx: Context,
  first: number | null | undefined,
  fallback: number,
): number {
  const size = first ?? fallback;
  if (size < 0) throw badUserInput(`"first" cannot be negative (got ${size}).`, 'first');
  if (size > ctx.config.limits.maxPageSize)
    throw pageSizeExceeded(size, ctx.config.limits.maxPageSize);
  return size;
}
