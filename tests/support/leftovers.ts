/** Debris of the PDF extraction and of the French template that must never reach a reader. */
export const LEFTOVERS = [
  /\uFFFD/,
  /Légende accompagnant/i,
  /Présentez-vous/i,
  /la liste des pays prioritaires/i,
  /Right-click on the document/i,
];
