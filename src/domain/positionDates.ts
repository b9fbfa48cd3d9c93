import type { PartialDateModel } from './partialDate';

/** What deciding whether a position held on a date needs of it. */
export interface PositionDates {
  start: PartialDateModel | null;
  end: PartialDateModel | null;
  /** Each attestation's date: the one its document stated, or else its source's publication date. */
  attestationDates: (PartialDateModel | null)[];
}

/**
 * True when a source places the position on `asOf`: an attestation's date covers it, or a known
 * start and end enclose it.
 */
export function attestedOn(position: PositionDates, asOf: string): boolean {
  if (position.start && position.end) {
    if (position.start.earliest <= asOf && position.end.latest >= asOf) return true;
  }
  return position.attestationDates.some(
    (date) => date !== null && date.earliest <= asOf && date.latest >= asOf,
  );
}

/** Attestations earliest first, by the date each source gives, then by source id. */
export function byAttestationDate<T extends { sourceId: string }>(
  dated: { attestation: T; date: PartialDateModel | null | undefined }[],
): T[] {
  return [...dated]
    .sort(
      (a, b) =>
        (a.date?.earliest ?? '9999').localeCompare(b.date?.earliest ?? '9999') ||
        a.attestation.sourceId.localeCompare(b.attestation.sourceId),
    )
    .map((entry) => entry.attestation);
}
