// Emulated UCI shell, part 4: what the lists and forms of each table show. Columns are Web API
// column names; lookups (`_x_value`) are shown by their formatted value and link to the record.
(() => {
  'use strict';
  const S = window.__emulatorShell;
  const OWNERSHIP = [
    'Ownership',
    [
      ['_ownerid_value', 'Owner'],
      ['createdon', 'Created On'],
      ['modifiedon', 'Modified On'],
    ],
  ];

  S.FORMS = {
    contact: {
      label: 'Contact',
      plural: 'Contacts',
      primary: 'fullname',
      view: 'Active Contacts',
      filter: 'statecode eq 0',
      orderby: 'fullname asc',
      columns: [
        ['fullname', 'Full Name'],
        ['emailaddress1', 'Email'],
        ['_parentcustomerid_value', 'Company Name'],
        ['telephone1', 'Business Phone'],
        ['jobtitle', 'Job Title'],
        ['address1_city', 'City'],
      ],
      header: [
        ['_ownerid_value', 'Owner'],
        ['_parentcustomerid_value', 'Company Name'],
        ['jobtitle', 'Job Title'],
      ],
      sections: [
        [
          'Contact information',
          [
            ['firstname', 'First Name'],
            ['lastname', 'Last Name'],
            ['jobtitle', 'Job Title'],
            ['_parentcustomerid_value', 'Account Name'],
            ['emailaddress1', 'Email', 'email'],
            ['telephone1', 'Business Phone', 'phone'],
            ['mobilephone', 'Mobile Phone', 'phone'],
            ['address1_city', 'City'],
          ],
        ],
        OWNERSHIP,
      ],
      related: {
        title: 'Company',
        via: '_parentcustomerid_value',
        entity: 'account',
        fields: [
          ['name', 'Account Name'],
          ['telephone1', 'Main Phone', 'phone'],
          ['websiteurl', 'Website', 'url'],
          ['address1_city', 'City'],
        ],
      },
      subgrid: {
        title: 'Cases',
        entity: 'incident',
        filter: (id) => `_customerid_value eq ${id}`,
        columns: [
          ['title', 'Case Title'],
          ['ticketnumber', 'Case Number'],
          ['statecode', 'Status'],
        ],
        orderby: 'createdon desc',
      },
    },
    lead: {
      label: 'Lead',
      plural: 'Leads',
      primary: 'fullname',
      view: 'Open Leads',
      filter: 'statecode eq 0',
      orderby: 'createdon desc',
      columns: [
        ['fullname', 'Name'],
        ['subject', 'Topic'],
        ['companyname', 'Company Name'],
        ['emailaddress1', 'Email'],
        ['statuscode', 'Status Reason'],
        ['createdon', 'Created On'],
      ],
      header: [
        ['_ownerid_value', 'Owner'],
        ['statuscode', 'Status Reason'],
        ['companyname', 'Company Name'],
      ],
      sections: [
        [
          'Contact',
          [
            ['subject', 'Topic'],
            ['firstname', 'First Name'],
            ['lastname', 'Last Name'],
            ['jobtitle', 'Job Title'],
            ['telephone1', 'Business Phone', 'phone'],
            ['emailaddress1', 'Email', 'email'],
          ],
        ],
        [
          'Company',
          [
            ['companyname', 'Company'],
            ['address1_city', 'City'],
            ['_parentaccountid_value', 'Existing Account'],
            ['_parentcontactid_value', 'Existing Contact'],
          ],
        ],
        OWNERSHIP,
      ],
      related: {
        title: 'Existing contact',
        via: '_parentcontactid_value',
        entity: 'contact',
        fields: [
          ['fullname', 'Full Name'],
          ['jobtitle', 'Job Title'],
          ['emailaddress1', 'Email', 'email'],
          ['telephone1', 'Business Phone', 'phone'],
        ],
      },
    },
    account: {
      label: 'Account',
      plural: 'Accounts',
      primary: 'name',
      view: 'My Active Accounts',
      orderby: 'name asc',
      columns: [
        ['name', 'Account Name'],
        ['telephone1', 'Main Phone'],
        ['address1_city', 'Address 1: City'],
        ['_primarycontactid_value', 'Primary Contact'],
        ['websiteurl', 'Website'],
      ],
      header: [
        ['_ownerid_value', 'Owner'],
        ['telephone1', 'Main Phone'],
        ['address1_city', 'City'],
      ],
      sections: [
        [
          'Account information',
          [
            ['name', 'Account Name'],
            ['telephone1', 'Phone', 'phone'],
            ['websiteurl', 'Website', 'url'],
            ['address1_city', 'City'],
            ['_primarycontactid_value', 'Primary Contact'],
          ],
        ],
        OWNERSHIP,
      ],
      subgrid: {
        title: 'Contacts',
        entity: 'contact',
        filter: (id) => `_parentcustomerid_value eq ${id}`,
        columns: [
          ['fullname', 'Full Name'],
          ['emailaddress1', 'Email'],
          ['jobtitle', 'Job Title'],
          ['telephone1', 'Business Phone'],
        ],
        orderby: 'fullname asc',
      },
    },
    incident: {
      label: 'Case',
      plural: 'Cases',
      primary: 'title',
      view: 'My Active Cases',
      orderby: 'createdon desc',
      columns: [
        ['title', 'Case Title'],
        ['ticketnumber', 'Case Number'],
        ['_customerid_value', 'Customer'],
        ['prioritycode', 'Priority'],
        ['caseorigincode', 'Origin'],
        ['statecode', 'Status'],
        ['createdon', 'Created On'],
      ],
      header: [
        ['prioritycode', 'Priority'],
        ['statuscode', 'Status Reason'],
        ['_ownerid_value', 'Owner'],
      ],
      sections: [
        [
          'Case details',
          [
            ['title', 'Case Title'],
            ['ticketnumber', 'Case Number'],
            ['_customerid_value', 'Customer'],
            ['_primarycontactid_value', 'Contact'],
            ['caseorigincode', 'Origin'],
            ['description', 'Description', 'memo'],
          ],
        ],
        OWNERSHIP,
      ],
    },
  };

  /** Columns a form or list needs: everything its config names. */
  S.selectFor = (form, parts) => {
    const cols = new Set([form.primary]);
    for (const part of parts) for (const [col] of part) cols.add(col);
    return [...cols].join(',');
  };
})();
