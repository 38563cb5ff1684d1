import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxService } from '@app/outbox';
import type { Application, RecommendingUnitAnswer, RecommendingUnitQuestion, RecommendingUnits } from '@app/applications';
import { chooseRecommendingUnit } from '../domain';
import { OrganisationsService } from './organisations.service';

/** The stable code a submission is refused with when no unit can recommend the file. */
export const RECOMMENDING_UNIT_MISSING = 'RECOMMENDING_UNIT_MISSING';

/**
 * The applications module's port to the recommending units (ApplicationsService.askRecommendingUnitsOf):
 * which unit a file goes to at submission (chooseRecommendingUnit), and the message to the
 * unit's officers when a file arrives.
 */
@Injectable()
export class RecommendingUnitsAdapter implements RecommendingUnits {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly outbox: OutboxService,
  ) {}

  async unitFor(q: RecommendingUnitQuestion, locale: 'zh-CN' | 'en', manager: EntityManager): Promise<RecommendingUnitAnswer> {
    const choice = chooseRecommendingUnit(q.crossProvincial, {
      association: q.crossProvincial ? await this.organisations.association(manager) : null,
      employer: !q.crossProvincial && q.employerCreditCode ? await this.organisations.employerByCreditCode(q.employerCreditCode, manager) : null,
      subCentre: !q.crossProvincial && q.regionCode ? await this.organisations.subCentreOf(q.regionCode, manager) : null,
    });
    if ('unit' in choice) return { organisationId: choice.unit.id };
    const en = locale === 'en';
    if (choice.missing === 'association') {
      return {
        problem: {
          code: RECOMMENDING_UNIT_MISSING,
          path: '/employer/regionCode',
          message: en
            ? 'A cross-provincial application is recommended by the partner association, which is not registered yet: please contact the evaluation office'
            : '跨省申报由合作协会推荐，但协会尚未在平台登记，请联系评审办公室',
          data: { kind: 'association' },
        },
      };
    }
    if (q.regionCode?.endsWith('0000')) {
      // The whole host province: the sub-centre is matched on the district, so say which is missing.
      return {
        problem: {
          code: RECOMMENDING_UNIT_MISSING,
          path: '/employer/regionCode',
          message: en
            ? `Your employer (credit code ${q.employerCreditCode ?? 'none'}) is not registered, so the design service sub-centre of your district or county recommends you: choose the district or county, not only the province`
            : `您的用人单位（统一社会信用代码 ${q.employerCreditCode ?? '无'}）未在平台登记，由所在区县的设计服务分中心推荐：请选择所在区县，而不只是省市`,
          data: { kind: 'sub_centre', employerCreditCode: q.employerCreditCode, regionCode: q.regionCode, districtRequired: true },
        },
      };
    }
    return {
      problem: {
        code: RECOMMENDING_UNIT_MISSING,
        path: '/employer/regionCode',
        message: en
          ? `No recommending unit: neither your employer (credit code ${q.employerCreditCode ?? 'none'}) nor the design service sub-centre of your district (${q.regionCode ?? 'none'}) is registered; ask your employer or the evaluation office`
          : `没有可推荐的单位：您的用人单位（统一社会信用代码 ${q.employerCreditCode ?? '无'}）和所在区县（${q.regionCode ?? '无'}）的设计服务分中心均未在平台登记，请联系用人单位或评审办公室`,
        data: { kind: 'sub_centre', employerCreditCode: q.employerCreditCode, regionCode: q.regionCode },
      },
    };
  }

  async fileArrived(
    manager: EntityManager,
    file: Application,
    organisationId: string,
    vars: { referenceNumber: string; applicantName: string; 'cycleName@zh-CN': string; 'cycleName@en': string },
  ): Promise<void> {
    const [unit] = await this.organisations.byIds([organisationId], manager);
    const officers = (await this.organisations.officersOf(organisationId, manager)).filter((id) => id !== file.applicantId);
    if (!unit || !officers.length) return;
    await this.outbox.emit(manager, {
      type: 'unit.file_received',
      recipients: officers.map((userId) => ({ userId })),
      payload: { applicationId: file.id, ...vars, 'unitName@zh-CN': unit.nameZh, 'unitName@en': unit.nameEn },
    });
  }
}
