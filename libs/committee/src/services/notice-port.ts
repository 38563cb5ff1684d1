import { EntityManager } from 'typeorm';

/** A passed file as posted on public notice: its notice period, as dates in Asia/Shanghai. */
export interface PostedNotice {
  applicationId: string;
  noticeStartDate: string;
  noticeEndDate: string;
}

/**
 * What closing a meeting needs of the public notice (libs/notice): post the passed files inside
 * the close's transaction, or throw (e.g. a calendar year nobody confirmed) so nothing changes.
 */
export interface NoticePoster {
  post(manager: EntityManager, items: { applicationId: string }[], passedOn: Date): Promise<PostedNotice[]>;
}

export const NOTICE_POSTER = Symbol('NOTICE_POSTER');
