// What a booth's rating screen brought at hello (rating-screens.ts checks it): which kind of screen it is
// and the token it gave, if any. Kept on the session.
export type RatingScreen = 'booth-display' | 'tablet';

export interface RatingCredential {
  screen: RatingScreen;
  token?: string;
}
