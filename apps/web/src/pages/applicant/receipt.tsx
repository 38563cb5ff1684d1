import { Button, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatDateTime } from '../../i18n';

type Application = Schemas['ApplicationDto'];

/** What the applicant sees right after submitting: the reference number and the time. */
export function Receipt({ receipt, onClose }: { receipt: Application; onClose: () => void }) {
  const { t } = useTranslation();
  return (
      <Result
        status="success"
        title={t('receipt.title')}
        subTitle={t('receipt.text', { reference: receipt.referenceNumber, at: formatDateTime(receipt.submittedAt) })}
        extra={
          <Space>
            <Button type="primary" onClick={() => onClose()}>
              {t('receipt.viewFile')}
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph>
          <span data-testid="reference-number">{receipt.referenceNumber}</span>
        </Typography.Paragraph>
      </Result>
    );
}
