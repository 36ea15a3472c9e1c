import {
  MAX_TITLE_LENGTH,
  validateDeadlineChange,
  type Measure,
  type MeasurePatch,
  type NewMeasure,
} from '../../domain';

// One measure as the caseworker edits it, pure: the form's values, what stops a save, and the
// patch that carries only what changed (so keeping one's version after a conflict rewrites only
// the fields one touched).

export type MeasureFormValues = {
  title: string;
  description: string;
  responsibleUnit: string;
  contributingUnits: string[];
  section: string;
  sortOrder: string;
  /** `yyyy-mm-dd` or '' */
  deadline: string;
  revisedDeadline: string;
  deadlineChangeReason: string;
};

export function formOf(measure: Measure): MeasureFormValues {
  return {
    title: measure.title,
    description: measure.description,
    responsibleUnit: measure.responsibleUnit,
    contributingUnits: [...measure.contributingUnits],
    section: measure.section,
    sortOrder: String(measure.sortOrder),
    deadline: measure.deadline ?? '',
    revisedDeadline: measure.revisedDeadline ?? '',
    deadlineChangeReason: measure.deadlineChangeReason,
  };
}

/** A new measure placed after the plan's last one, in its last section, with the plan's deadline. */
export function newMeasureForm(
  measures: readonly Measure[],
  defaults: { deadline: string; section: string },
): MeasureFormValues {
  const last = [...measures].sort((a, b) => a.sortOrder - b.sortOrder).at(-1);
  return {
    title: '',
    description: '',
    responsibleUnit: '',
    contributingUnits: [],
    section: last?.section ?? defaults.section,
    sortOrder: String((last?.sortOrder ?? 0) + 10),
    deadline: defaults.deadline,
    revisedDeadline: '',
    deadlineChangeReason: '',
  };
}

export type MeasureFormProblems = {
  title?: 'required';
  responsibleUnit?: 'required';
  sortOrder?: 'invalid';
  revisedDeadline?: 'before-plan';
  deadlineChangeReason?: 'required';
};

export function measureFormProblems(
  values: MeasureFormValues,
  planDate: string | null = null,
): MeasureFormProblems {
  const problems: MeasureFormProblems = {};
  if (values.title.trim() === '') problems.title = 'required';
  if (values.responsibleUnit.trim() === '') problems.responsibleUnit = 'required';
  if (!/^\d{1,6}$/.test(values.sortOrder.trim())) problems.sortOrder = 'invalid';
  const deadline = validateDeadlineChange({
    revisedDeadline: values.revisedDeadline || null,
    reason: values.deadlineChangeReason,
    planDate,
  });
  if (deadline === 'reason-required') problems.deadlineChangeReason = 'required';
  if (deadline === 'before-plan') problems.revisedDeadline = 'before-plan';
  return problems;
}

export function hasProblems(problems: MeasureFormProblems): boolean {
  return Object.keys(problems).length > 0;
}

function fieldsOf(values: MeasureFormValues) {
  const units = values.contributingUnits.map((unit) => unit.trim()).filter((unit) => unit !== '');
  const revisedDeadline = values.revisedDeadline || null;
  return {
    title: values.title.trim().slice(0, MAX_TITLE_LENGTH),
    description: values.description.trim(),
    responsibleUnit: values.responsibleUnit.trim(),
    contributingUnits: [...new Set(units)].filter((unit) => unit !== values.responsibleUnit.trim()),
    section: values.section.trim(),
    sortOrder: Number(values.sortOrder.trim()),
    deadline: values.deadline || null,
    revisedDeadline,
    // A deadline moved back to the plan's keeps no reason for a move that no longer is.
    deadlineChangeReason: revisedDeadline === null ? '' : values.deadlineChangeReason.trim(),
  };
}

/** The fields that differ from the measure as it was read: the PATCH body. */
export function measurePatch(values: MeasureFormValues, original: Measure): MeasurePatch {
  const next = fieldsOf(values);
  const patch: MeasurePatch = {};
  if (next.title !== original.title) patch.title = next.title;
  if (next.description !== original.description) patch.description = next.description;
  if (next.responsibleUnit !== original.responsibleUnit)
    patch.responsibleUnit = next.responsibleUnit;
  if (next.contributingUnits.join('\n') !== original.contributingUnits.join('\n'))
    patch.contributingUnits = next.contributingUnits;
  if (next.section !== original.section) patch.section = next.section;
  if (next.sortOrder !== original.sortOrder) patch.sortOrder = next.sortOrder;
  if (next.deadline !== original.deadline) patch.deadline = next.deadline;
  if (next.revisedDeadline !== original.revisedDeadline)
    patch.revisedDeadline = next.revisedDeadline;
  if (next.deadlineChangeReason !== original.deadlineChangeReason)
    patch.deadlineChangeReason = next.deadlineChangeReason;
  return patch;
}

export function newMeasure(values: MeasureFormValues, caseNumber: string): NewMeasure {
  const fields = fieldsOf(values);
  return { ...fields, caseNumber, description: fields.description || fields.title };
}
