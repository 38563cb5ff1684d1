import type { TFunction } from 'i18next';
import { useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { errorText } from '../../components/problems';
import { currentLanguage } from '../../i18n';

export type MeetingStatus = Schemas['MeetingDto']['status'];
export type Vote = Schemas['CastBallotDto']['vote'];
export const VOTES: readonly Vote[] = ['yes', 'no', 'abstain'];

export const MEETING_STATUS_COLORS: Readonly<Record<MeetingStatus, string>> = { scheduled: 'processing', open: 'success', closed: 'default' };

/** A refusal in words: the committee pages' own codes first, then the shared ones. */
export function committeeErrorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const key = `committeeMember.errors.${error.code}`;
    const translated = t(key);
    if (translated !== key) return translated;
  }
  return errorText(t, error);
}

export function committeeName(committee: { nameZh: string; nameEn: string }): string {
  return currentLanguage() === 'en' ? committee.nameEn : committee.nameZh;
}

/** The meeting as its member reads it (their own items' state only). */
export function useMeeting(id: string) {
  return useQuery({
    queryKey: ['committee-meeting', id],
    queryFn: () => unwrap(api.GET('/api/v1/meetings/{id}', { params: { path: { id } } })),
  });
}

/** "No. 2 · CQ-2026-00012": how an agenda item is named. */
export function itemTitle(t: TFunction, item: { position: number; referenceNumber: string | null }): string {
  return t('committeeMember.itemTitle', { position: item.position, reference: item.referenceNumber ?? '—' });
}

/** antd's solid "warning" tag puts white text on too light an orange for WCAG AA; this one passes. */
export const WARNING_TAG = '#874d00';
