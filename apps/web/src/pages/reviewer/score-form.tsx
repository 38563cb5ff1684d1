import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, Radio, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { errorText } from '../../components/problems';
import { formatDateTime, currentLanguage } from '../../i18n';
import { OPEN_STATUSES } from './shared';

type ReviewWithRubric = Schemas['ReviewWithRubricDto'];
type Criterion = Schemas['RubricCriterionDto'];
type Problem = { path?: string; code: string; message: string };
type Recommendation = 'pass' | 'fail';
interface Draft {
  scores: Record<string, string>;
  comment: string;
  recommendation: Recommendation | null;
}

const AUTOSAVE_MS = 1500;
/** A score as the API takes it: a decimal with at most 2 decimals (no sign, no exponent). */
const DECIMAL = /^\d+(\.\d{1,2})?$/;

/** Hundredths of a point: totals are summed exactly, never as floats. */
function cents(value: string): number {
  const [whole, fraction = ''] = value.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}
function fromCents(value: number): string {
  return `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;
}

/** Whether a typed score is acceptable for the criterion (empty: not scored yet). */
export function scoreValid(value: string, max: number): boolean {
  return value === '' || (DECIMAL.test(value) && cents(value) <= max * 100);
}

function draftOf(review: ReviewWithRubric): Draft {
  return { scores: { ...(review.scores ?? {}) }, comment: review.comment ?? '', recommendation: (review.recommendation as Recommendation | null) ?? null };
}

/**
 * The rubric form: each criterion's score checked as typed, the total computed live, comment
 * and recommendation; every change saved as a draft a moment later with the review's
 * `updatedAt`, so a copy changed in another tab is never overwritten unseen (409 STALE_VERSION:
 * reload theirs or keep this one, as in the application form). Submitted: read-only.
 */
export function ScoreForm({ review, onChange }: { review: ReviewWithRubric; onChange: (next: ReviewWithRubric) => void }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const saved = useRef<{ draft: Draft; updatedAt: string }>({ draft: draftOf(review), updatedAt: review.updatedAt });
  const local = useRef<Draft>(draftOf(review));
  const [draft, setDraft] = useState<Draft>(local.current);
  const [state, setState] = useState<'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'stale'>('idle');
  const [problems, setProblems] = useState<Problem[]>([]);
  const timer = useRef<number | undefined>(undefined);
  const criteria = review.rubric.criteria;
  const editable = OPEN_STATUSES.includes(review.status);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const adopt = useCallback(
    (next: ReviewWithRubric, replaceLocal: boolean) => {
      saved.current = { draft: draftOf(next), updatedAt: next.updatedAt };
      if (replaceLocal) {
        local.current = draftOf(next);
        setDraft(local.current);
      }
      onChange(next);
    },
    [onChange],
  );

  /** Sends what changed since the last saved copy; scores still out of range wait until corrected. */
  const save = useCallback(async (): Promise<boolean> => {
    window.clearTimeout(timer.current);
    const before = saved.current.draft;
    const now = local.current;
    const scores: Record<string, string | null> = {};
    for (const c of criteria) {
      const value = (now.scores[c.key] ?? '').trim();
      if (!scoreValid(value, c.maxPoints)) continue;
      if (value === '' && before.scores[c.key] !== undefined) scores[c.key] = null;
      else if (value !== '' && before.scores[c.key] !== value) scores[c.key] = value;
    }
    const body: Schemas['SaveReviewDto'] = { updatedAt: saved.current.updatedAt };
    if (Object.keys(scores).length) body.scores = scores;
    if (now.comment !== before.comment) body.comment = now.comment === '' ? null : now.comment;
    if (now.recommendation !== before.recommendation) body.recommendation = now.recommendation;
    if (Object.keys(body).length === 1) {
      setState(criteria.some((c) => !scoreValid(now.scores[c.key] ?? '', c.maxPoints)) ? 'error' : 'saved');
      return true;
    }
    setState('saving');
    try {
      adopt(await unwrap(api.PUT('/api/v1/reviews/{id}', { params: { path: { id: review.id } }, body })), false);
      setProblems([]);
      setState(criteria.some((c) => !scoreValid(local.current.scores[c.key] ?? '', c.maxPoints)) ? 'error' : 'saved');
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.code === 'STALE_VERSION') {
        setState('stale');
        modal.confirm({
          title: t('reviewer.staleTitle'),
          content: t('reviewer.staleText'),
          okText: t('autosave.keepMine'),
          cancelText: t('autosave.reload'),
          onOk: async () => {
            const current = await unwrap(api.GET('/api/v1/reviews/{id}', { params: { path: { id: review.id } } }));
            saved.current = { draft: draftOf(current), updatedAt: current.updatedAt };
            await save();
          },
          onCancel: async () => {
            adopt(await unwrap(api.GET('/api/v1/reviews/{id}', { params: { path: { id: review.id } } })), true);
            setState('saved');
          },
        });
      } else {
        setProblems(e instanceof ApiError ? (e.problems as Problem[]) : []);
        if (!(e instanceof ApiError) || !e.problems.length) message.error(errorText(t, e));
        setState('error');
      }
      return false;
    }
  }, [adopt, criteria, message, modal, review.id, t]);

  function change(next: Partial<Draft>) {
    local.current = { ...local.current, ...next };
    setDraft(local.current);
    setState('pending');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void save(), AUTOSAVE_MS);
  }

  async function submit() {
    if (!(await save())) return;
    modal.confirm({
      title: t('reviewer.submitConfirmTitle'),
      content: t('reviewer.submitConfirmText'),
      okText: t('reviewer.submit'),
      cancelText: t('reviewer.conflicts.cancel'),
      onOk: async () => {
        try {
          adopt(await unwrap(api.POST('/api/v1/reviews/{id}/submit', { params: { path: { id: review.id } } })), true);
          setProblems([]);
          message.success(t('reviewer.submitted'));
        } catch (e) {
          if (e instanceof ApiError && e.problems.length) setProblems(e.problems as Problem[]);
          else message.error(errorText(t, e));
        }
      },
    });
  }

  const en = currentLanguage() === 'en';
  const name = (c: Criterion) => (en ? c.nameEn : c.nameZh);
  const description = (c: Criterion) => (en ? c.descriptionEn : c.descriptionZh);
  const max = criteria.reduce((sum, c) => sum + c.maxPoints, 0);
  const total = criteria.reduce((sum, c) => {
    const v = (draft.scores[c.key] ?? '').trim();
    return v !== '' && scoreValid(v, c.maxPoints) ? sum + cents(v) : sum;
  }, 0);
  const serverProblem = (path: string) => {
    const p = problems.find((x) => x.path === path);
    if (!p) return undefined;
    const key = `errors.codes.${p.code}`;
    const translated = t(key);
    return translated !== key ? translated : p.message;
  };

  if (!editable) {
    return (
      <Card title={t('reviewer.rubric', { version: review.rubric.version })}>
        {review.status === 'submitted' && <Alert type="success" showIcon title={t('reviewer.readOnly', { date: formatDateTime(review.submittedAt) })} style={{ marginBottom: 16 }} />}
        <Descriptions bordered size="small" column={1}>
          {criteria.map((c) => (
            <Descriptions.Item key={c.key} label={t('reviewer.scoreLabel', { name: name(c), max: c.maxPoints })}>
              {review.scores?.[c.key] ?? '—'}
            </Descriptions.Item>
          ))}
          <Descriptions.Item label={t('reviewer.total')}>
            <span data-testid="review-total">{review.total ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('reviewer.comment')}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{review.comment ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('reviewer.recommendation')}>{review.recommendation ? t(`reviewer.recommendations.${review.recommendation}`) : '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
    );
  }

  const stateColor = state === 'error' || state === 'stale' ? 'error' : state === 'saved' ? 'success' : 'default';
  return (
    <Card
      title={t('reviewer.rubric', { version: review.rubric.version })}
      extra={
        <Tag variant="solid" color={stateColor} role="status" aria-live="polite">
          {t(`autosave.${state}`)}
        </Tag>
      }
    >
      {review.statusNote && review.status === 'draft' && <Alert type="warning" showIcon title={t('reviewer.reopened', { reason: review.statusNote })} style={{ marginBottom: 16 }} />}
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('problems.title', { count: problems.length })}
          description={
            <ul className="tp-plain-list">
              {problems.map((p, i) => {
                const key = p.path?.startsWith('scores.') ? p.path.slice(7) : undefined;
                const c = criteria.find((x) => x.key === key);
                const field = c ? name(c) : p.path === 'comment' ? t('reviewer.comment') : p.path === 'recommendation' ? t('reviewer.recommendation') : '';
                return <li key={i}>{`${field ? `${field}: ` : ''}${serverProblem(p.path ?? '') ?? p.message}`}</li>;
              })}
            </ul>
          }
        />
      )}
      <Form layout="vertical" component="div">
        {criteria.map((c) => {
          const value = draft.scores[c.key] ?? '';
          const invalid = !scoreValid(value.trim(), c.maxPoints);
          const error = invalid ? t('reviewer.outOfRange', { max: c.maxPoints }) : serverProblem(`scores.${c.key}`);
          const id = `score-${c.key}`;
          return (
            <Form.Item key={c.key} label={t('reviewer.scoreLabel', { name: name(c), max: c.maxPoints })} htmlFor={id} validateStatus={error ? 'error' : undefined} help={error} extra={description(c)}>
              <Input
                id={id}
                inputMode="decimal"
                autoComplete="off"
                style={{ maxWidth: 160 }}
                value={value}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${id}-range`}
                suffix={<span id={`${id}-range`}>{`/ ${c.maxPoints}`}</span>}
                onChange={(e) => change({ scores: { ...local.current.scores, [c.key]: e.target.value } })}
              />
            </Form.Item>
          );
        })}
        <p className="tp-score-total" aria-live="polite" data-testid="live-total">
          {t('reviewer.totalLive', { total: fromCents(total), max })}
        </p>
        <Form.Item label={t('reviewer.comment')} htmlFor="review-comment" extra={t('reviewer.commentHelp')} validateStatus={serverProblem('comment') ? 'error' : undefined} help={serverProblem('comment')}>
          <Input.TextArea id="review-comment" rows={5} maxLength={5000} value={draft.comment} onChange={(e) => change({ comment: e.target.value })} />
        </Form.Item>
        <Form.Item
          label={<span id="review-recommendation-label">{t('reviewer.recommendation')}</span>}
          validateStatus={serverProblem('recommendation') ? 'error' : undefined}
          help={serverProblem('recommendation')}
        >
          <Radio.Group
            aria-labelledby="review-recommendation-label"
            value={draft.recommendation}
            onChange={(e) => change({ recommendation: e.target.value as Recommendation })}
            options={(['pass', 'fail'] as const).map((r) => ({ value: r, label: t(`reviewer.recommendations.${r}`) }))}
          />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('reviewer.submitConfirmText')}</Typography.Paragraph>
        <Button type="primary" onClick={() => void submit()}>
          {t('reviewer.submit')}
        </Button>
      </Form>
    </Card>
  );
}
