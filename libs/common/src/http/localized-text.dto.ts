import { ApiProperty } from '@nestjs/swagger';

/** A text in both portal languages (the domain's LocalizedText), as answers carry it. */
export class LocalizedTextDto {
  @ApiProperty({ name: 'zh-CN', example: '工业设计师' }) 'zh-CN': string;
  @ApiProperty({ example: 'Industrial Designer' }) en: string;

  /** Field by field, so nothing else on the source object reaches an answer. */
  static from(text: { 'zh-CN': string; en: string }): LocalizedTextDto {
    return { 'zh-CN': text['zh-CN'], en: text.en };
  }
}
