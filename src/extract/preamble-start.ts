// The words a preamble opens with («В соответствии с …», «На основании …», «В целях …»): where a title
// or a heading ends and the prose of the act begins.
export const PREAMBLE_START =
  /^(?:в\s+соответствии|во\s+исполнение|на\s+основании|в\s+целях|с\s+целью|руководствуясь|в\s+рамках|согласно|в\s+связи)\s/iu;
