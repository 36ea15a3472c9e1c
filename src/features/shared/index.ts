// What several features share, and what the app shell provides to all of them: the plan's data
// (read once for the tab), the services, the user and the language.
export { MeasuresProvider, useMeasures, usePlanChoice, type PlanSource } from './MeasuresProvider';
export type { PlanChoice } from './use-plan-choice';
export type { PlanSummary } from './plan-choice';
export { LanguageContext, useLanguage, useMessages } from './i18n';
export {
  CurrentUserContext,
  ServicesContext,
  useServices,
  type CurrentUser,
  type Role,
  type SavedFile,
  type Services,
} from './services';
export {
  forgetOwner,
  ownerKey,
  OwnerScopeProvider,
  useOwnerScope,
  type OwnerScope,
} from './owner-scope';
