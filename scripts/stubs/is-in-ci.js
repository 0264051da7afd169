const isInCi = false;

export default isInCi;
