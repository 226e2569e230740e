// The official plugin ships no types of its own; the adapter declares the three calls it makes.
declare module '@aws-lite/dynamodb';
