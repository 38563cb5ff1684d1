import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { District, districtsOf } from '../domain/districts';
import { provinceName } from '../domain/regions';
import type { LocalizedText } from '../domain/localized-text';

/**
 * The evaluation office this installation runs for (domain.md §7): its host province and the
 * name it signs with. Everything that depends on the host province (the cross-provincial
 * channel, certificate numbers, the working-day calendar's region, statistics) asks here and
 * never reads the configuration itself, so that hosting several offices later changes this
 * service only.
 */
@Injectable()
export class HostOffice {
  constructor(private readonly config: AppConfig) {}

  /** GB/T 2260 two-digit code of the host province (Chongqing: 50). */
  get provinceCode(): string {
    return this.config.HOST_PROVINCE;
  }

  get provinceName(): LocalizedText {
    return provinceName(this.provinceCode) ?? { 'zh-CN': this.provinceCode, en: this.provinceCode };
  }

  /**
   * The host province's districts and counties (GB/T 2260), which the employer's region and a
   * sub-centre's district are chosen from; empty when the portal does not list them (then the
   * region stays province-level).
   */
  get districts(): readonly District[] {
    return districtsOf(this.provinceCode) ?? [];
  }

  /** A listed district or county of the host province (never the province's own code). */
  isDistrict(code: unknown): code is string {
    return typeof code === 'string' && this.districts.some((d) => d.code === code);
  }

  /** The body that evaluates and signs certificates. */
  get evaluatingBody(): LocalizedText {
    const name = this.provinceName;
    return {
      'zh-CN': `${name['zh-CN']}工业设计专业职称评审委员会`,
      en: `${name.en} Industrial Design Professional Title Evaluation Committee`,
    };
  }

  /** A designer whose employer is in another province applies through the cross-provincial channel. */
  isCrossProvincial(homeProvince: string): boolean {
    return homeProvince !== this.provinceCode;
  }
}
