import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@app/common';
import { isTemplateKey, renderTemplate, RenderedTemplate, sampleVars, TemplateLocale } from '../templates';

export interface TemplatePreview extends RenderedTemplate {
  key: string;
  locale: TemplateLocale;
  /** The sample values the preview was rendered with. */
  variables: Record<string, string | number>;
}

/** Renders a template with realistic sample values, for the admin preview. */
@Injectable()
export class TemplatePreviewService {
  preview(key: string, locale: TemplateLocale): TemplatePreview {
    if (!isTemplateKey(key)) throw new NotFoundError(`Template "${key}"`, 'TEMPLATE_NOT_FOUND');
    const variables = sampleVars(key, locale);
    return { key, locale, variables, ...renderTemplate(key, locale, variables) };
  }
}
