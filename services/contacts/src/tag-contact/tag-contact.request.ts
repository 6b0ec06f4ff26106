import { type z } from 'zod';
import { contactParams } from '../shared/contact-params';
import { tagSchema } from '../domain/contact-details';

/** `/tags/{kind}/{value}`: the tag is the resource, so tagging twice is one tag. */
export const tagParams = contactParams.extend(tagSchema.shape);
export type TagParams = z.output<typeof tagParams>;
