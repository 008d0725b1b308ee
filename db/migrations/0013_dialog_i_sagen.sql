-- Min side (issue 7): the secure dialog's messages are part of the case file (docs/indsigt.md, docs/dialog.md). A
-- withholding decision may name a dialog message (`dialog_besked`) as its item, like a note, a document or a letter.
ALTER TABLE indsigt_undtagelse DROP CONSTRAINT indsigt_undtagelse_genstand_art_check;
ALTER TABLE indsigt_undtagelse ADD CONSTRAINT indsigt_undtagelse_genstand_art_check
  CHECK (genstand_art IN ('notat', 'dokument', 'besked', 'dialogbesked'));
