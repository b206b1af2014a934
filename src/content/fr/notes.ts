/**
 * Notes said both on a screen and in the help-desk script, in one place so that the two cannot drift: the
 * tool's information from outside the sources and its advice, each with its marker.
 */

/** Aubette reads export declarations (hors fiche), for the services that carry import declarations. */
export const AUBETTE_IMPORT_NOTE =
  'Information complémentaire (hors fiche) : Aubette consulte les déclarations à l’export ; une déclaration d’import peut ne pas y figurer. Conseil de l’outil : dans ce cas, répondez « Je n’ai pas pu accéder à Aubette ».';

/** DELTA IE, which the fiche does not cover (flows.md, third round), dated. */
export const DELTA_IE_NOTE =
  'Information complémentaire (hors fiche), vérifiée le 06/12/2026 : DELTA IE remplace Delta G et Delta X. Le dépôt des déclarations d’importation dans Delta G est fermé depuis le 22/10/2025 à 02:00 (heure de Paris), et DELTA IE est obligatoire pour les déclarations d’exportation depuis le 14/12/2025. La fiche DELTA ne couvre pas DELTA IE.';

/** The GAMMA 2 flowchart's first step on the hardware branch. */
export const GAMMA_HARDWARE_FIRST =
  'Faites d’abord le nécessaire pour résoudre votre problème d’accès à internet ou de matériel.';

/** The editor or the provider finds nothing wrong: the flowchart has no branch for it (flows.md). */
export const GAMMA_NO_FAULT =
  'Conseil de l’outil : le logigramme ne prévoit pas ce cas. La suite la plus sûre est celle du mode DTI, par votre bureau de douane de rattachement.';
