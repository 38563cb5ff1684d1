import { List } from 'antd';
import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { localized } from '../i18n';

type RuleResult = Schemas['EligibilityDto']['results'][number];

/** The eligibility report's rules, each passed or failed with its explanation (the designer's and the reviewer's pages). */
export function EligibilityRules({ results }: { results: RuleResult[] }) {
  const { t } = useTranslation();
  return (
    <List
      header={<strong>{t('eligibility.rules')}</strong>}
      dataSource={results}
      renderItem={(r) => (
        <List.Item>
          <List.Item.Meta
            avatar={r.passed ? <CheckCircleTwoTone twoToneColor="#389e0d" aria-label={t('eligibility.passed')} /> : <CloseCircleTwoTone twoToneColor="#cf1322" aria-label={t('eligibility.failed')} />}
            title={localized(r.explanation)}
            description={`${t('eligibility.required')}: ${localized(r.required)} · ${t('eligibility.found')}: ${localized(r.found)}`}
          />
        </List.Item>
      )}
    />
  );
}
