export { renderTemplate } from './render-template';
export {
  TEMPLATE_KINDS,
  type MergeFields,
  type PersonName,
  type RenderedTemplate,
  type TemplateKind,
} from './template.types';
