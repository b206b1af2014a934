import { DAES_DATA_GROUPS, PRODUCT_GROUP } from './daesDataGroups';

// Article 9(1) of Delegated Regulation 2022/1636: the fallback document's data are identified by the numbers
// and letters of columns A and B of annex I, table 1.
test('every box of the paper form carries its group’s number and its letter, in the table’s order', () => {
  for (const group of [...DAES_DATA_GROUPS, PRODUCT_GROUP]) {
    let last = '';
    for (const box of group.boxes) {
      const m = new RegExp(`^(${group.number.replace('.', '\\.')}(?:\\.\\d+)*)([a-z])(?:–\\d+[a-z])? \\S`).exec(box);
      expect(m, box).not.toBeNull();
      const key = `${m![1]!.padEnd(8, ' ')}${m![2]}`;
      expect(key > last, box).toBe(true);
      last = key;
    }
  }
});

test('box 17 has every item of table 1, 17a to 17w, as amended by Delegated Regulation 2026/50', () => {
  const letters = PRODUCT_GROUP.boxes.filter((b) => /^17[a-z] /.test(b)).map((b) => b[2]);
  expect(letters.join('')).toBe('abcdefghijklmnopqrstuvw');
});
