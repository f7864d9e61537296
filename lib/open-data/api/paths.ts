// The portal's own pages for what the API returns, as absolute addresses (the `url` fields).
export const questionPage = (origin: string, id: string) => `${origin}/questions/${id}`;
export const commitmentPage = (origin: string, id: string) => `${origin}/commitments/${id}`;
export const partnerPage = (origin: string, slug: string) => `${origin}/partners/${slug}`;
