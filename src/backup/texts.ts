/**
 * The words of « Mes données » (src/pages/DataPage.tsx): what this browser keeps, persistent storage, saving
 * to a file and restoring one.
 */
import type { PersistState } from '../lib/persist';

/** After « Stockage persistant : », in lower case: one colon in the sentence. */
export const PERSIST_TEXT: Record<PersistState | 'notYet', string> = {
  unknown:
    'le navigateur n’a pas encore été sollicité ; il le sera au premier enregistrement (incident, registre LRN ou appel).',
  notYet:
    'pas encore accordé. Le navigateur sera sollicité au prochain enregistrement, ou maintenant avec le bouton ci-dessous.',
  granted: 'accordé. Le navigateur ne supprimera pas ces données pour faire de la place.',
  denied:
    'refusé par le navigateur, qui pourrait supprimer ces données s’il manque de place. Sauvegardez-les régulièrement dans un fichier.',
  unsupported: 'ce navigateur ne permet pas de le demander. Sauvegardez vos données régulièrement dans un fichier.',
};

export const READ_PROBLEM_TEXT = {
  notJson: 'Ce fichier n’est pas une sauvegarde lisible (ce n’est pas du JSON) : rien n’a été restauré.',
  notBackup: 'Ce fichier n’est pas une sauvegarde de Secours douane, ou il est endommagé : rien n’a été restauré.',
  newerFormat:
    'Cette sauvegarde vient d’une version plus récente de l’application : mettez l’application à jour, puis réessayez. Rien n’a été restauré.',
  tooLarge: 'Ce fichier est trop volumineux pour être une sauvegarde (plus de 20 Mo) : rien n’a été restauré.',
} as const;

/** The records a backup holds, counted. */
export const NOUNS = {
  incident: { one: 'incident', other: 'incidents' },
  deltaIncident: { one: 'incident DELTA', other: 'incidents DELTA' },
  document: { one: 'document de secours', other: 'documents de secours' },
  episode: { one: 'épisode de panne', other: 'épisodes de panne' },
  call: { one: 'appel', other: 'appels' },
  setAside: {
    one: 'donnée mise de côté (illisible, ou version non retenue lors d’une restauration)',
    other: 'données mises de côté (illisibles, ou versions non retenues lors d’une restauration)',
  },
  change: { one: 'modification', other: 'modifications' },
  registerConflict: { one: 'point à vérifier', other: 'points à vérifier' },
} as const;

export const DATA_TEXT = {
  newerInFile: 'La sauvegarde de vos données les contient telles qu’elles sont enregistrées.',
  title: 'Mes données',
  intro:
    'Tout ce que vous enregistrez reste dans ce navigateur : rien n’est envoyé. Pour changer d’ordinateur ou de navigateur, ou pour en garder une copie, sauvegardez vos données dans un fichier, puis restaurez-le ailleurs.',
  keptTitle: 'Ce que ce navigateur conserve',
  /** Records a newer build wrote (another tab): not counted here, but kept, and in the file. */
  newerRecord: {
    incidents: 'Des incidents DELTA enregistrés par une version plus récente de l’application, non comptés ici',
    register:
      'Des documents de secours GAMMA 2 enregistrés par une version plus récente de l’application, non comptés ici',
    calls: 'Des appels (mode assistance) enregistrés par une version plus récente de l’application, non comptés ici',
  },
  documents: (documents: string, episodes: string) => `${documents} GAMMA 2, dans ${episodes}`,
  references: (companyName: string | null, eori?: string) =>
    `Vos références : ${companyName ? `${companyName} (${eori})` : 'aucune'}`,
  calls: (calls: string) => `${calls} (mode assistance)`,
  helpDeskMode: (enabled: boolean, agent?: string) =>
    `Mode assistance : ${enabled ? 'activé' : 'désactivé'}${agent ? ` (agent : ${agent})` : ''}`,
  setAside: (count: string) => `${count} dans la sauvegarde`,
  persistLabel: 'Stockage persistant',
  persistAsk: 'Demander un stockage persistant',
  saveTitle: 'Sauvegarder',
  saveIntro: 'Un seul fichier (JSON) avec tout ce qui est conservé ici, daté à l’heure de Paris.',
  saved: (file: string) => `Sauvegarde créée : ${file} (voyez les téléchargements de votre navigateur).`,
  save: 'Sauvegarder mes données',
  restoreTitle: 'Restaurer',
  restoreIntro:
    'Les données du fichier s’ajoutent à celles de ce navigateur, événement par événement, sans doublon : rien n’est effacé. Si vos références diffèrent entre les deux, elles vous sont montrées avant la restauration, pour choisir. Ce qui a été enregistré des deux côtés (un LRN pris pour deux documents, un expéditeur, un préfixe, une date ou l’autorisation d’un épisode renseignés différemment dans le registre LRN, deux épisodes de panne ouverts, une DA, une étape ou la fin de la procédure notées deux fois, un service ajouté deux fois) est ensuite signalé sur la page du registre ou de l’incident, pour que vous le régliez. Les réglages du mode assistance du fichier sont repris si ce navigateur n’en a pas.',
  registerConflicts: (count: string) =>
    `Une fois la sauvegarde restaurée, le registre LRN signalera ${count} : ce navigateur et le fichier y ont enregistré des éléments différents (un LRN pris pour deux documents, un expéditeur ou un préfixe renseignés différemment, une date d’un document ou d’un épisode de panne, ou l’autorisation d’un épisode, enregistrées différemment, deux épisodes de panne ouverts). Rien n’est effacé ; chaque point se règle sur la page du registre.`,
  /** Said after it when the sender or the prefix differs: the register then draws up nothing until one is chosen. */
  registerUnsettled:
    'Tant que l’expéditeur ou le préfixe n’y est pas choisi, aucun nouveau document ne peut y être enregistré.',
  deletedHere: (n: number, count: string) =>
    `${count} du fichier ${n > 1 ? 'ont été supprimés' : 'a été supprimé'} dans ce navigateur après cette sauvegarde : ${n > 1 ? 'ils restent supprimés' : 'il reste supprimé'}. Pour ${n > 1 ? 'en rétablir un' : 'le rétablir'}, ouvrez la liste des incidents (« Incidents supprimés »).`,
  file: 'Fichier de sauvegarde',
  restored: 'Restauration terminée : les données de la sauvegarde ont été ajoutées à celles de ce navigateur.',
  notAllRestored:
    'La restauration n’a pas pu être entièrement enregistrée (stockage plein ou bloqué) : voyez le message en haut de la page.',
  planTitle: 'Ce que la sauvegarde apporte',
  planFile: (file: string) => `Fichier : ${file}`,
  profile: 'vos références',
  helpDesk: 'vos réglages du mode assistance',
  toAdd: (items: readonly string[]) => `À ajouter : ${items.join(', ')}.`,
  nothingNew: 'Rien de nouveau : tout ce que contient le fichier est déjà ici. Il n’y a rien à restaurer.',
  changesOnly: (count: string) =>
    `À ajouter : ${count} d’éléments déjà dans ce navigateur (étapes, dates, corrections).`,
  asideOnly: (count: string) => `Le fichier n’apporte rien de nouveau à afficher, seulement ${count}, à garder ici.`,
  onlyConflicts: 'Le fichier n’apporte rien d’autre que ce qui diffère ci-dessous.',
  /** Which references a restore kept, said once it is done. */
  keptProfile: (incoming: boolean) =>
    incoming
      ? 'Vos références sont désormais celles du fichier ; celles de ce navigateur sont mises de côté.'
      : 'Vos références restent celles de ce navigateur ; celles du fichier sont mises de côté.',
  unreadable: (stores: string) => `Une partie du fichier n’a pas pu être lue (${stores}) : elle n’est pas restaurée.`,
  profileDiffers: 'Vos références diffèrent entre ce navigateur et le fichier : choisissez lesquelles garder',
  conflictsNote: 'La version que vous ne gardez pas reste mise de côté dans ce navigateur et dans ses sauvegardes.',
  restore: 'Restaurer',
  profileDetail: (fields: readonly string[]) => fields.filter(Boolean).join(' ; '),
  keepHere: 'Garder celles de ce navigateur',
  takeIncoming: 'Prendre celles du fichier',
  choice: (label: string, detail: string) => `${label} : ${detail}`,
} as const;
