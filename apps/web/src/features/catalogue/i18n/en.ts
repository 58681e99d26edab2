import { catalogueProblemsEn } from './problems-en';
import type { catalogueRu } from './ru';

// Exactly the keys of ./ru.ts: a missing or extra key is a type error.
export const catalogueEn: { readonly [K in keyof typeof catalogueRu]: string } = {
  'catalogueDraft.edit': 'Edit draft',
  'catalogueDraft.openDraft': 'Open the draft (version {version})',
  'catalogueDraft.title': 'Draft: {title}',
  'catalogueDraft.subtitle': 'Code {code} · edition {edition} · version {version} (draft)',
  'catalogueDraft.back': 'Back to the version',
  'catalogueDraft.notDraftTitle': 'This version cannot be changed',
  'catalogueDraft.notDraftText':
    'Only drafts can be edited. Published and retired versions are immutable: start a draft of a new edition.',
  'catalogueDraft.openVersion': 'Open the version',
  'catalogueDraft.detailsHeading': 'Edition and title',
  'catalogueDraft.saveDetails': 'Save edition and title',
  'catalogueDraft.detailsSaved': 'Edition and title saved.',
  'catalogueDraft.save': 'Save',
  'catalogueDraft.add': 'Add',
  'catalogueDraft.saving': 'Saving…',
  'catalogueDraft.actions': 'Actions',
  'catalogueDraft.itemsCaption': 'Items of direction {direction}',
  'catalogueDraft.noItems': 'Nothing in this direction yet.',
  'catalogueDraft.editItem': 'Edit {code}',
  'catalogueDraft.deleteItem': 'Delete {code}',
  'catalogueDraft.addMeasure': 'Add a measure',
  'catalogueDraft.addKpi': 'Add an indicator',
  'catalogueDraft.editDirection': 'Rename {code}',
  'catalogueDraft.deleteDirection': 'Delete direction {code}',
  'catalogueDraft.addDirection': 'Add a direction',
  'catalogueDraft.newDirectionHeading': 'New direction',
  'catalogueDraft.editDirectionHeading': 'Direction {code}',
  'catalogueDraft.newMeasureHeading': 'New measure',
  'catalogueDraft.editMeasureHeading': 'Measure {code}',
  'catalogueDraft.newKpiHeading': 'New indicator',
  'catalogueDraft.editKpiHeading': 'Indicator {code}',
  'catalogueDraft.measureKind': 'Measure type',
  'catalogueDraft.minPopulationHint':
    'A basic measure is mandatory for cities of this population and larger.',
  'catalogueDraft.regionalCapitals': 'Mandatory for regional capitals',
  'catalogueDraft.sourcesHint': 'One source per line.',
  'catalogueDraft.itemAdded': '{code} added to the draft.',
  'catalogueDraft.itemSaved': 'Changes to {code} saved.',
  'catalogueDraft.itemDeleted': '{code} deleted from the draft.',
  'catalogueDraft.directionAdded': 'Direction {code} added.',
  'catalogueDraft.directionSaved': 'Direction {code} saved.',
  'catalogueDraft.directionDeleted': 'Direction {code} deleted.',
  'catalogueDraft.deleteTitle': 'Delete from the draft?',
  'catalogueDraft.deleteItemText': '{code} will be deleted from the draft. Published versions do not change.',
  'catalogueDraft.deleteDirectionText':
    'Direction {code} will be deleted from the draft. Only an empty direction can be deleted.',
  'catalogueDraft.deleteDraft': 'Delete draft',
  'catalogueDraft.deleteDraftTitle': 'Delete the draft?',
  'catalogueDraft.deleteDraftText':
    'The draft — version {version} of {code} — will be deleted with all its changes. Published versions do not change.',
  'catalogueDraft.deleteConfirm': 'Yes, delete',
  'catalogueDraft.publishKeepsOlder':
    'Older published versions stay published: roadmaps that refer to them do not change. Retire an old version separately.',
  'catalogueDraft.publishNoBase':
    'The catalogue has no published version: every item of the draft will be new.',
  'catalogueDraft.publishDiffHeading': 'Changes against the current version {version}:',
  'catalogueDraft.publishDiffLabel': 'Changes against version {version}',
  'catalogueDraft.order': 'Order',
  'catalogueDraft.moveUp': 'Up',
  'catalogueDraft.moveDown': 'Down',
  'catalogueDraft.moveItemUp': 'Move {code} up',
  'catalogueDraft.moveItemDown': 'Move {code} down',
  'catalogueDraft.moveDirectionUp': 'Move direction {code} up',
  'catalogueDraft.moveDirectionDown': 'Move direction {code} down',
  'catalogueDraft.itemMoved': '{code} is now number {place} of {count} in direction {direction}.',
  'catalogueDraft.directionMoved': 'Direction {code} is now number {place} of {count}.',

  'catalogueImport.failedText':
    'The file could not be processed after several attempts — this is not a problem with its data. Upload it again; if that fails, give support the import number {id}.',

  'frameworkPage.retire': 'Retire',
  'frameworkPage.retireTitle': 'Retire this version?',
  'frameworkPage.retireText':
    'Version {version} of {code} will be retired. Roadmaps that refer to it keep it; a retired version cannot be brought back.',
  'frameworkPage.retireReason': 'Reason (optional)',
  'frameworkPage.retireConfirm': 'Yes, retire',
  'frameworkPage.retired': 'The version is retired.',

  ...catalogueProblemsEn,
};
