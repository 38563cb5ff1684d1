import { useEffect, useRef, useState } from 'react';
import { Result, Spin } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { errorText } from '../../components/problems';
import { useDocumentTitle } from '../../layout/document-title';

/** The link mailed to an objector's address opens this page, which confirms the address at once. */
export function ConfirmObjectionPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [state, setState] = useState<'working' | { reference: string } | { error: string }>('working');
  const sent = useRef(false);

  useEffect(() => {
    // Once: the token is single-use (StrictMode runs effects twice in development).
    if (sent.current) return;
    sent.current = true;
    unwrap(api.POST('/api/v1/public/objections/confirm-email', { body: { token } }))
      .then((receipt) => setState({ reference: receipt.reference }))
      .catch((e) => setState({ error: errorText(t, e) }));
  }, [token, t]);

  useDocumentTitle(state === 'working' ? undefined : 'reference' in state ? t('objectionConfirm.doneTitle') : t('objectionConfirm.failedTitle'));

  if (state === 'working') return <Spin tip={t('objectionConfirm.working')}><div style={{ height: 120 }} /></Spin>;
  const home = <Link to="/">{t('nav.home')}</Link>;
  if ('reference' in state) return <Result status="success" title={t('objectionConfirm.doneTitle')} subTitle={t('objectionConfirm.doneText', { reference: state.reference })} extra={home} />;
  return <Result status="error" title={t('objectionConfirm.failedTitle')} subTitle={state.error} extra={home} />;
}
