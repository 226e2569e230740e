import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';

type Json = unknown;
interface PropertySpec {
  required?: boolean;
  type: { type: string; reference?: { $ref: string }; element?: PropertySpec['type'] };
}
interface Template {
  Parameters?: Record<string, unknown>;
  Resources: Record<string, { Type: string; Properties?: Record<string, Json> }>;
}

const PSEUDO = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
]);

function isIntrinsic(value: Json): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'));
}

/**
 * Checks a template offline against AWS's CloudFormation resource specification as the AWS CDK
 * publishes it (@aws-cdk/aws-service-spec): resource types, property names at every level, required
 * properties, Ref and GetAtt targets. It stands in for cfn-lint, which the npm registry does not
 * carry in a maintained form.
 */
export function lintTemplate(template: Template): string[] {
  const db = loadAwsServiceSpecSync();
  const errors: string[] = [];
  const resources = template.Resources ?? {};
  const parameters = template.Parameters ?? {};

  const checkProperties = (
    where: string,
    value: Json,
    specs: Record<string, PropertySpec>,
  ): void => {
    if (isIntrinsic(value) || typeof value !== 'object' || value === null) return;
    const given = value as Record<string, Json>;
    for (const [name, spec] of Object.entries(specs)) {
      if (spec.required && !(name in given)) errors.push(`${where}: missing required ${name}`);
    }
    for (const [name, inner] of Object.entries(given)) {
      const spec = specs[name];
      if (!spec) {
        errors.push(`${where}: unknown property ${name}`);
        continue;
      }
      checkType(`${where}.${name}`, inner, spec.type);
    }
  };

  const checkType = (where: string, value: Json, type: PropertySpec['type']): void => {
    if (type.type === 'ref' && type.reference) {
      const definition = db.get('typeDefinition', type.reference.$ref) as unknown as {
        properties: Record<string, PropertySpec>;
      };
      checkProperties(where, value, definition.properties);
    } else if (type.type === 'array' && type.element && Array.isArray(value)) {
      value.forEach((item, i) => checkType(`${where}[${i}]`, item, type.element!));
    }
  };

  const checkReferences = (where: string, value: Json): void => {
    if (Array.isArray(value)) {
      value.forEach((item) => checkReferences(where, item));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const node = value as Record<string, Json>;
    if (typeof node.Ref === 'string') {
      const target = node.Ref;
      if (!(target in resources) && !(target in parameters) && !PSEUDO.has(target))
        errors.push(`${where}: Ref to unknown ${target}`);
    }
    const getAtt = node['Fn::GetAtt'];
    if (Array.isArray(getAtt)) {
      const [logicalId, attribute] = getAtt as [string, string];
      const resource = resources[logicalId];
      if (!resource) errors.push(`${where}: GetAtt of unknown ${logicalId}`);
      else {
        const spec = db
          .lookup('resource', 'cloudFormationType', 'equals', resource.Type)
          .only() as unknown as { attributes: Record<string, unknown> };
        if (!(attribute in spec.attributes))
          errors.push(`${where}: ${resource.Type} has no attribute ${attribute}`);
      }
    }
    Object.values(node).forEach((inner) => checkReferences(where, inner));
  };

  for (const [logicalId, resource] of Object.entries(resources)) {
    const found = db.lookup('resource', 'cloudFormationType', 'equals', resource.Type);
    if (found.length !== 1) {
      errors.push(`${logicalId}: unknown resource type ${resource.Type}`);
      continue;
    }
    const spec = found.only() as unknown as { properties: Record<string, PropertySpec> };
    checkProperties(logicalId, resource.Properties ?? {}, spec.properties);
    checkReferences(logicalId, resource.Properties ?? {});
  }
  return errors;
}
