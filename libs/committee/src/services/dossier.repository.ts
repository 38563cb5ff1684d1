import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { REVIEWER_HIDDEN_EVIDENCE } from '@app/applications';

/** The review panel's result on a file, as the committee reads it. */
export interface PanelOutcomeRow {
  aggregate: string;
  spread: string;
  spreadFlag: boolean;
  reviewCount: number;
}

/** One submitted review, without its reviewer: no id, no name, no time. */
export interface AnonymousReviewRow {
  total: string | null;
  recommendation: 'pass' | 'fail' | null;
  comment: string | null;
}

export interface DossierEvidenceRow {
  id: string;
  kind: string;
  originalName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedAt: Date;
}

const OUTCOME = `SELECT aggregate::text AS aggregate, spread::text AS spread, spread_flag AS "spreadFlag", review_count AS "reviewCount"
  FROM review_outcomes WHERE application_id = $1`;
// Ordered by the review itself (total, then text), never by who or when, so the order names nobody.
const REVIEWS = `SELECT total::text AS total, recommendation, comment
  FROM review_assignments WHERE application_id = $1 AND status = 'submitted'
 ORDER BY total DESC NULLS LAST, comment NULLS LAST`;
const EVIDENCE = `SELECT id, kind, original_name AS "originalName", media_type AS "mediaType", size_bytes::float8 AS "sizeBytes", created_at AS "uploadedAt"
  FROM attachments WHERE application_id = $1 AND NOT (kind = ANY($2::text[])) ORDER BY kind, created_at, id`;

/**
 * Read-only queries for a committee member's dossier of one agenda item. They read the review
 * and evidence tables directly, with the columns the dossier shows and nothing else (no
 * reviewer, no storage key): the review and applications modules answer their own callers
 * (a reviewer, the handling admin), and none of their reads fits a member who is neither.
 */
@Injectable()
export class DossierQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async outcome(applicationId: string): Promise<PanelOutcomeRow | null> {
    const rows: PanelOutcomeRow[] = await this.dataSource.query(OUTCOME, [applicationId]);
    return rows[0] ?? null;
  }

  reviews(applicationId: string): Promise<AnonymousReviewRow[]> {
    return this.dataSource.query(REVIEWS, [applicationId]);
  }

  /** The evidence a reviewer may see (identity documents left out, as for the experts). */
  evidence(applicationId: string): Promise<DossierEvidenceRow[]> {
    return this.dataSource.query(EVIDENCE, [applicationId, REVIEWER_HIDDEN_EVIDENCE]);
  }
}
