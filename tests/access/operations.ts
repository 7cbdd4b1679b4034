import { graphql } from '../gql/index.js';

export const CreateKey = graphql(`
  mutation CreateKey($name: String!, $role: Role!) {
    apiKeyCreate(input: { name: $name, role: $role }) {
      apiKey { id name role prefix createdBy lastUsedAt revokedAt }
      secret
      userErrors { field code message }
    }
  }
`);

export const RevokeKey = graphql(`
  mutation RevokeKey($id: ID!) {
    apiKeyRevoke(input: { id: $id }) { apiKey { id revokedAt } userErrors { field code message } }
  }
`);
