import { Alert, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorText } from '../../components/problems';
import { evidenceLabel } from '../../components/labels';
import { EligibilityRules } from '../../components/eligibility-rules';

type Application = Schemas['ApplicationDto'];
/** The report's `evidence` (untyped in the OpenAPI document): what this file must carry and what it still lacks. */
export interface EvidenceStatus {
  required?: { kind: string; minCount: number }[];
  missing?: { kind: string; needed: number; present: number }[];
}

export function EligibilityPanel({ application }: { application: Application }) {
  const { t } = useTranslation();
  const report = useQuery({
    queryKey: ['eligibility', application.id, application.version],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/eligibility', { params: { path: { id: application.id } } })),
  });
  if (report.isLoading) return <Spin />;
  if (report.error) return <Alert type="error" title={errorText(t, report.error)} />;
  const data = report.data!;
  const evidence = data.evidence as unknown as EvidenceStatus;
  // The rules and the evidence together: a file that meets the rules but lacks required
  // evidence cannot be submitted, so it must not read as passed.
  const missing = evidence.missing ?? [];
  const verdict = !data.eligible ? 'notEligible' : missing.length > 0 ? 'evidenceMissing' : 'eligible';
  return (
    <div className="tp-stack">
      <Alert
        type={verdict === 'eligible' ? 'success' : 'warning'}
        showIcon
        data-testid="eligibility-verdict"
        title={t(`eligibility.${verdict}`)}
        description={t('eligibility.countUntil', { date: data.countUntil })}
      />
      {data.crossProvincial && <Alert type="info" showIcon title={t('eligibility.crossProvincial')} />}
      <EligibilityRules results={data.results} />
      {missing.length > 0 && (
        <Alert
          type="warning"
          title={t('eligibility.missingEvidence')}
          description={
            <ul>
              {missing.map((m) => (
                <li key={m.kind}>{t('eligibility.missingItem', { kind: evidenceLabel(t, m.kind), needed: m.needed, present: m.present })}</li>
              ))}
            </ul>
          }
        />
      )}
    </div>
  );
}

