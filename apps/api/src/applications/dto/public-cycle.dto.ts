import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CursorPageMeta, LocalizedTextDto, shanghaiDate, specialtyLabel } from '@app/common';
import { Cycle, describeLevelRequirements, District, HostOffice, describePolicyRequirements, EVIDENCE_KINDS, EvidenceKind, EvidenceRequirement, LEVELS, TitleLevel } from '@app/applications';

export class EvidenceRequirementDto {
  @ApiProperty({ enum: EVIDENCE_KINDS }) kind: EvidenceKind;
  @ApiProperty({ example: 1 }) minCount: number;
  @ApiProperty({ enum: ['always', 'if_current_title'], description: "'if_current_title': only when the applicant states a current title" }) when: 'always' | 'if_current_title';

  static from(r: EvidenceRequirement): EvidenceRequirementDto {
    return { kind: r.kind, minCount: r.minCount, when: r.when ?? 'always' };
  }
}

/** A specialty a cycle is configured with (domain.md §3), and its label in both languages. */
export class SpecialtyDto {
  @ApiProperty({ example: 'product_design' }) key: string;
  @ApiProperty({ type: LocalizedTextDto, description: 'The portal\'s label for the key; a key it has no label for is labelled by the key itself' }) label: LocalizedTextDto;

  static from(key: string): SpecialtyDto {
    return { key, label: LocalizedTextDto.from(specialtyLabel(key)) };
  }
}

export class LevelRequirementsDto {
  @ApiProperty({ enum: LEVELS }) level: TitleLevel;
  @ApiProperty({ type: [LocalizedTextDto], description: 'Education and experience routes; any one suffices' }) routes: LocalizedTextDto[];
  @ApiProperty({ type: LocalizedTextDto, nullable: true, description: 'The achievement condition, null when the level has none' }) achievements: LocalizedTextDto | null;
  @ApiProperty({ type: [EvidenceRequirementDto], description: 'Evidence every file of the level uploads' }) evidence: EvidenceRequirementDto[];
}

/**
 * A cycle as the public sees it: the window, the levels and specialties, and what each level
 * requires, worded from the cycle's own policy. Form versions, deadlines of later stages and
 * the raw policy stay behind the login.
 */
export class PublicCycleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() nameZh: string;
  @ApiProperty() nameEn: string;
  @ApiProperty({ format: 'date-time' }) opensAt: string;
  @ApiProperty({ format: 'date-time' }) closesAt: string;
  @ApiProperty({ type: [String] }) specialties: string[];
  @ApiProperty({ type: [SpecialtyDto], description: 'The specialties again, in the same order, each with its label' }) specialtyLabels: SpecialtyDto[];
  @ApiProperty({ type: [LevelRequirementsDto], description: 'One entry per level the cycle accepts, in the order of the levels' }) levels: LevelRequirementsDto[];
  @ApiProperty({ type: LocalizedTextDto, nullable: true, description: 'The continuing-education rule, null when switched off' }) continuingEducation: LocalizedTextDto | null;
  @ApiProperty({ type: LocalizedTextDto, description: 'What the exceptional route (破格) asks instead of education and years' }) exceptionalRoute: LocalizedTextDto;
  @ApiProperty({ type: [EvidenceRequirementDto], description: 'Extra evidence when the employer is outside the host province' }) crossProvincialEvidence: EvidenceRequirementDto[];
  @ApiProperty({ type: [EvidenceRequirementDto], description: 'Extra evidence on the exceptional route' }) exceptionalEvidence: EvidenceRequirementDto[];
  @ApiProperty({ type: [String], example: ['application/pdf', 'image/jpeg', 'image/png'] }) acceptedMediaTypes: string[];
  @ApiProperty({ example: 20971520 }) maxFileBytes: number;

  static from(cycle: Cycle): PublicCycleDto {
    const policy = describePolicyRequirements(cycle.eligibilityPolicy, shanghaiDate(cycle.closesAt));
    const rules = cycle.evidenceRules;
    const levels: LevelRequirementsDto[] = [];
    // In the domain's order of levels, whatever order the admin listed them in.
    for (const level of LEVELS.filter((l) => cycle.levels.includes(l))) {
      const text = describeLevelRequirements(cycle.eligibilityPolicy, level);
      // A level the cycle lists but its policy does not describe cannot be applied for (the
      // evaluator answers ELIG_LEVEL_NOT_OFFERED), so it is not advertised either.
      if (!text) continue;
      levels.push({
        level,
        routes: text.routes.map(LocalizedTextDto.from),
        achievements: text.achievements && LocalizedTextDto.from(text.achievements),
        evidence: (rules.required[level] ?? []).map(EvidenceRequirementDto.from),
      });
    }
    return {
      id: cycle.id,
      code: cycle.code,
      nameZh: cycle.nameZh,
      nameEn: cycle.nameEn,
      opensAt: cycle.opensAt.toISOString(),
      closesAt: cycle.closesAt.toISOString(),
      specialties: cycle.specialties,
      specialtyLabels: cycle.specialties.map(SpecialtyDto.from),
      levels,
      continuingEducation: policy.continuingEducation && LocalizedTextDto.from(policy.continuingEducation),
      exceptionalRoute: LocalizedTextDto.from(policy.exceptionalRoute),
      crossProvincialEvidence: rules.crossProvincial.map(EvidenceRequirementDto.from),
      exceptionalEvidence: rules.exceptional.map(EvidenceRequirementDto.from),
      acceptedMediaTypes: rules.acceptedMediaTypes,
      maxFileBytes: rules.maxFileBytes,
    };
  }
}

export class PublicCyclePageDto extends CursorPageMeta {
  @ApiProperty({ type: [PublicCycleDto] }) items: PublicCycleDto[];
}

/** The evaluation office (domain.md §7), as the portal names it to the public. */
export class PublicOfficeDto {
  @ApiProperty({ example: '50', description: 'GB/T 2260 code of the host province' }) provinceCode: string;
  @ApiProperty({ type: LocalizedTextDto, example: { 'zh-CN': '重庆市', en: 'Chongqing' } }) provinceName: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto, description: 'The body that evaluates and signs certificates' }) evaluatingBody: LocalizedTextDto;

  static from(office: HostOffice): PublicOfficeDto {
    return { provinceCode: office.provinceCode, provinceName: LocalizedTextDto.from(office.provinceName), evaluatingBody: LocalizedTextDto.from(office.evaluatingBody) };
  }
}

/** A district or county of the host province (GB/T 2260). */
export class DistrictDto {
  @ApiProperty({ example: '500106', description: 'The 6-digit region code the form stores for the district or county' }) code: string;
  @ApiProperty({ type: LocalizedTextDto, example: { 'zh-CN': '沙坪坝区', en: 'Shapingba District' } }) name: LocalizedTextDto;
  @ApiProperty({ enum: ['district', 'county'] }) kind: 'district' | 'county';

  static from(d: District): DistrictDto {
    return { code: d.code, name: LocalizedTextDto.from(d.name), kind: d.kind };
  }
}

/** A province-level division (GB/T 2260) for the employer's region picker; the host province with its districts. */
export class RegionDto {
  @ApiProperty({ example: '500000', description: 'The 6-digit region code the form stores for the whole province (PP0000)' }) code: string;
  @ApiProperty({ type: LocalizedTextDto }) name: LocalizedTextDto;
  @ApiPropertyOptional({
    type: [DistrictDto],
    description:
      "Only on the host province: its districts and counties. A designer whose employer is not registered is recommended by their district's sub-centre, matched on the district's exact code, so the form stores the district's code; a code inside the host province that is neither PP0000 nor one of these is refused (422 REGION_CODE_UNKNOWN).",
  })
  districts?: DistrictDto[];
}

export class RegionListDto {
  @ApiProperty({ type: [RegionDto] }) items: RegionDto[];
}
