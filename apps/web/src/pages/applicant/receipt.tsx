import { Button, Descriptions, Result, Space, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { levelLabel, specialtyLabel } from '../../components/labels';
import { formatDateTime } from '../../i18n';
import './receipt.css';

type Application = Schemas['ApplicationDto'];

/**
 * What the applicant sees right after submitting (the file page titles the tab): the reference number and the time, on a
 * page that prints as the receipt alone (receipt.css hides the portal's header, footer and buttons).
 */
export function Receipt({ receipt, onClose }: { receipt: Application; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="tp-receipt" data-testid="receipt">
      <Result
        status="success"
        title={t('receipt.title')}
        subTitle={t('receipt.text', { reference: receipt.referenceNumber, at: formatDateTime(receipt.submittedAt) })}
        extra={
          <Space className="tp-no-print">
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('receipt.print')}
            </Button>
            <Button type="primary" onClick={() => onClose()}>
              {t('receipt.viewFile')}
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph>
          <span data-testid="reference-number">{receipt.referenceNumber}</span>
        </Typography.Paragraph>
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('receipt.reference')}>{receipt.referenceNumber}</Descriptions.Item>
          <Descriptions.Item label={t('receipt.submittedAt')}>{formatDateTime(receipt.submittedAt)}</Descriptions.Item>
          {receipt.applicantName && <Descriptions.Item label={t('receipt.applicant')}>{receipt.applicantName}</Descriptions.Item>}
          <Descriptions.Item label={t('fields.level')}>{levelLabel(t, receipt.level)}</Descriptions.Item>
          <Descriptions.Item label={t('fields.specialty')}>{specialtyLabel(t, receipt.specialty)}</Descriptions.Item>
        </Descriptions>
      </Result>
    </div>
  );
}
