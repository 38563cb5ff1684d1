import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { localized } from '../i18n';

/**
 * The evaluation office the portal runs for (host province, evaluating body), from the API's
 * host-office service: the web app never names a province of its own. Read once per visit.
 */
export function useOffice() {
  const office = useQuery({ queryKey: ['public', 'office'], queryFn: () => unwrap(api.GET('/api/v1/public/office')), staleTime: Infinity });
  return {
    /** The host province in the current language, '' until loaded. */
    province: localized(office.data?.provinceName),
    evaluatingBody: localized(office.data?.evaluatingBody),
  };
}
