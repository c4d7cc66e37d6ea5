// The `edtf` package ships no types; this is the part of its API the engine uses.
declare module "edtf" {
  interface Extended { min: number; max: number; type: string; toString(): string }
  function edtf(value: string): Extended;
  export default edtf;
}
