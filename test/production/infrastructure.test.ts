import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { yamlParse } from 'yaml-cfn';
import { PARTITION_KEY } from '../../lambda/persistence/dynamodb-adapter';
import { lintTemplate } from './support/cfn-spec';

const root = join(__dirname, '..', '..');
const resourcesConfig = JSON.parse(readFileSync(join(root, 'ask-resources.json'), 'utf8'));
const infrastructure = resourcesConfig.profiles.default.skillInfrastructure;
const templatePath = join(root, infrastructure.userConfig.templatePath);

interface Resource {
  Type: string;
  DeletionPolicy?: string;
  Properties: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}
const template = yamlParse(readFileSync(templatePath, 'utf8')) as {
  Parameters: Record<string, { Default?: unknown }>;
  Resources: Record<string, Resource>;
  Outputs: Record<string, { Value: unknown }>;
};
const ofType = (type: string) =>
  Object.entries(template.Resources).filter(([, resource]) => resource.Type === type);
const only = (type: string): [string, Resource] => {
  const found = ofType(type);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('the deploy configuration', () => {
  it('deploys through the ASK CLI CloudFormation deployer, from the built bundle', () => {
    expect(infrastructure.type).toBe('@ask-cli/cfn-deployer');
    expect(resourcesConfig.profiles.default.code.default.src).toBe('./dist/lambda');
    expect(infrastructure.userConfig.handler).toBe('index.handler');
    expect(infrastructure.userConfig.runtime).toMatch(/^nodejs(20|22)\.x$/);
  });

  it('passes every user parameter to a template parameter, and declares those the CLI passes', () => {
    for (const name of [
      'SkillId',
      'LambdaRuntime',
      'LambdaHandler',
      'CodeBucket',
      'CodeKey',
      'CodeVersion',
    ])
      expect(template.Parameters[name]).toBeDefined();
    for (const name of Object.keys(infrastructure.userConfig.cfn?.parameters ?? {}))
      expect(template.Parameters[name]).toBeDefined();
    // Parameters nobody passes need a default, or the first deploy fails.
    const passed = new Set([
      'SkillId',
      'LambdaRuntime',
      'LambdaHandler',
      'CodeBucket',
      'CodeKey',
      'CodeVersion',
      ...Object.keys(infrastructure.userConfig.cfn?.parameters ?? {}),
    ]);
    for (const [name, parameter] of Object.entries(template.Parameters))
      if (!passed.has(name)) expect(parameter.Default).toBeDefined();
  });
});

describe('the CloudFormation template', () => {
  it('passes the offline lint against the CloudFormation resource specification', () => {
    expect(lintTemplate(template)).toEqual([]);
  });

  it('the lint catches typos, missing properties and dangling references', () => {
    const broken = structuredClone(template);
    broken.Resources.SkillFunction!.Properties.Timeoutt = 8;
    delete broken.Resources.SkillFunction!.Properties.Role;
    broken.Resources.SkillFunction!.Properties.Environment.Variables.X = { Ref: 'Nowhere' };
    broken.Resources.SkillFunctionAlexaPermission!.Properties.FunctionName = {
      'Fn::GetAtt': ['SkillFunction', 'Nope'],
    };
    const errors = lintTemplate(broken);
    expect(errors).toContain('SkillFunction: unknown property Timeoutt');
    expect(errors).toContain('SkillFunction: missing required Role');
    expect(errors).toContain('SkillFunction: Ref to unknown Nowhere');
    expect(errors).toContain(
      'SkillFunctionAlexaPermission: AWS::Lambda::Function has no attribute Nope',
    );
  });

  it('creates a Node.js function with an 8 s timeout, told where its table is', () => {
    const [, fn] = only('AWS::Lambda::Function');
    expect(fn.Properties.Runtime).toEqual({ Ref: 'LambdaRuntime' });
    expect(fn.Properties.Handler).toEqual({ Ref: 'LambdaHandler' });
    expect(fn.Properties.Timeout).toBe(8);
    expect(fn.Properties.Code).toEqual({
      S3Bucket: { Ref: 'CodeBucket' },
      S3Key: { Ref: 'CodeKey' },
      S3ObjectVersion: { Ref: 'CodeVersion' },
    });
    expect(fn.Properties.Environment.Variables).toEqual({
      FMC_TABLE: { Ref: 'UserStateTable' },
      SKILL_ID: { Ref: 'SkillId' },
    });
  });

  it('lets only this skill invoke the function', () => {
    const permissions = ofType('AWS::Lambda::Permission');
    expect(permissions).toHaveLength(1);
    const [, permission] = permissions[0]!;
    expect(permission.Properties).toMatchObject({
      Action: 'lambda:InvokeFunction',
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: { Ref: 'SkillId' },
      FunctionName: { 'Fn::GetAtt': ['SkillFunction', 'Arn'] },
    });
  });

  it('stores user state in an on-demand table with point-in-time recovery, kept on stack deletion', () => {
    const [, table] = only('AWS::DynamoDB::Table');
    expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.Properties.PointInTimeRecoverySpecification).toEqual({
      PointInTimeRecoveryEnabled: true,
    });
    expect(table.Properties.KeySchema).toEqual([{ AttributeName: PARTITION_KEY, KeyType: 'HASH' }]);
    expect(table.DeletionPolicy).toBe('Retain');
  });

  it('grants the function item reads, writes and deletes on its table, and its own logs, nothing more', () => {
    const [, role] = only('AWS::IAM::Role');
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    const statements = role.Properties.Policies.flatMap(
      (policy: { PolicyDocument: { Statement: unknown[] } }) => policy.PolicyDocument.Statement,
    ) as Array<{ Effect: string; Action: string[]; Resource: unknown }>;
    expect(statements).toEqual([
      {
        Effect: 'Allow',
        Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem'],
        Resource: { 'Fn::GetAtt': ['UserStateTable', 'Arn'] },
      },
      {
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: { 'Fn::GetAtt': ['SkillLogGroup', 'Arn'] },
      },
    ]);
    expect(JSON.stringify(role)).not.toContain('*"');
  });

  it('outputs the endpoint the ASK CLI writes into the manifest', () => {
    expect(template.Outputs.SkillEndpoint!.Value).toEqual({
      'Fn::GetAtt': ['SkillFunction', 'Arn'],
    });
  });
});
