// A minimal but valid CSDL document for `$metadata`: entity types with their properties, keys and
// navigation properties, the entity container with every entity set, and the functions and actions we serve.
import type { EntityDef, Store } from '../model.ts';
import { columnName } from '../model.ts';
import { edmType } from './columns.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function entityType(def: EntityDef): string {
  const props = def.attributes.map((a) => `<Property Name="${esc(columnName(a))}" Type="${edmType(a)}" />`);
  const single = Object.entries(def.singleNav).map(([name, n]) => `<NavigationProperty Name="${esc(name)}" Type="mscrm.${n.target}" />`);
  const many = Object.entries(def.collectionNav).map(
    ([name, n]) => `<NavigationProperty Name="${esc(name)}" Type="Collection(mscrm.${n.target})" />`,
  );
  return `<EntityType Name="${def.logicalName}"><Key><PropertyRef Name="${def.primaryKey}" /></Key>${[...props, ...single, ...many].join('')}</EntityType>`;
}

const COMPLEX = `<ComplexType Name="WhoAmIResponse"><Property Name="BusinessUnitId" Type="Edm.Guid" Nullable="false" /><Property Name="UserId" Type="Edm.Guid" Nullable="false" /><Property Name="OrganizationId" Type="Edm.Guid" Nullable="false" /></ComplexType>
<ComplexType Name="RolePrivilege"><Property Name="Depth" Type="Edm.String" /><Property Name="PrivilegeId" Type="Edm.Guid" /><Property Name="BusinessUnitId" Type="Edm.Guid" /><Property Name="PrivilegeName" Type="Edm.String" /></ComplexType>
<ComplexType Name="RetrieveUserPrivilegesResponse"><Property Name="RolePrivileges" Type="Collection(mscrm.RolePrivilege)" /></ComplexType>
<ComplexType Name="RetrieveUserPrivilegeByPrivilegeNameResponse"><Property Name="RolePrivileges" Type="Collection(mscrm.RolePrivilege)" /></ComplexType>
<Function Name="WhoAmI"><ReturnType Type="mscrm.WhoAmIResponse" Nullable="false" /></Function>
<Function Name="RetrieveUserPrivileges" IsBound="true"><Parameter Name="entity" Type="mscrm.systemuser" Nullable="false" /><ReturnType Type="mscrm.RetrieveUserPrivilegesResponse" Nullable="false" /></Function>
<Function Name="RetrieveUserPrivilegeByPrivilegeName" IsBound="true"><Parameter Name="entity" Type="mscrm.systemuser" Nullable="false" /><Parameter Name="PrivilegeName" Type="Edm.String" Nullable="false" /><ReturnType Type="mscrm.RetrieveUserPrivilegeByPrivilegeNameResponse" Nullable="false" /></Function>`;

/** The marketing actions (webapi-actions.ts), declared when the org has their solutions. */
function marketingActions(store: Store): { schema: string[]; imports: string[] } {
  const schema: string[] = [];
  const imports: string[] = [];
  if (store.defs.has('msdyncrm_marketingemail')) {
    schema.push(
      '<ComplexType Name="msdyncrm_LoadInteractionsPublicResponse"><Property Name="Data" Type="Edm.String" /><Property Name="NextSkipToken" Type="Edm.String" /></ComplexType>',
      '<Action Name="msdyncrm_LoadInteractionsPublic">' +
        ['InteractionType', 'ContactId', 'DateFrom', 'DateTo', 'SkipToken']
          .map((p) => `<Parameter Name="${p}" Type="Edm.String" />`)
          .join('') +
        '<Parameter Name="Top" Type="Edm.Int32" /><ReturnType Type="mscrm.msdyncrm_LoadInteractionsPublicResponse" Nullable="false" /></Action>',
    );
    imports.push('<ActionImport Name="msdyncrm_LoadInteractionsPublic" Action="Microsoft.Dynamics.CRM.msdyncrm_LoadInteractionsPublic" />');
  }
  if (store.defs.has('msdynmkt_email')) {
    schema.push(
      '<ComplexType Name="msdynmkt_EmailRetrieveExactMessagesResponse"><Property Name="ApiResponseData" Type="Edm.String" /><Property Name="ResultCode" Type="Edm.Int32" /><Property Name="Error" Type="Edm.String" /></ComplexType>',
      '<Action Name="msdynmkt_EmailRetrieveExactMessages">' +
        ['ProfileId', 'MessageEntityName', 'Interactions'].map((p) => `<Parameter Name="${p}" Type="Edm.String" />`).join('') +
        '<ReturnType Type="mscrm.msdynmkt_EmailRetrieveExactMessagesResponse" Nullable="false" /></Action>',
    );
    imports.push(
      '<ActionImport Name="msdynmkt_EmailRetrieveExactMessages" Action="Microsoft.Dynamics.CRM.msdynmkt_EmailRetrieveExactMessages" />',
    );
  }
  return { schema, imports };
}

export function metadataXml(store: Store): string {
  const defs = [...store.defs.values()];
  const actions = marketingActions(store);
  const sets = defs.map((d) => `<EntitySet Name="${d.entitySetName}" EntityType="Microsoft.Dynamics.CRM.${d.logicalName}" />`);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">',
    '<edmx:DataServices>',
    '<Schema Namespace="Microsoft.Dynamics.CRM" Alias="mscrm" xmlns="http://docs.oasis-open.org/odata/ns/edm">',
    ...defs.map(entityType),
    COMPLEX,
    ...actions.schema,
    '<EntityContainer Name="System">',
    ...sets,
    '<FunctionImport Name="WhoAmI" Function="Microsoft.Dynamics.CRM.WhoAmI" />',
    ...actions.imports,
    '</EntityContainer>',
    '</Schema>',
    '</edmx:DataServices>',
    '</edmx:Edmx>',
  ].join('\n');
}
