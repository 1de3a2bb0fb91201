META
key;value
description;"CRLF; Zeilenenden, Semikolon im Namen"
num_projects;2
num_votes;2
budget;None
vote_type;approval
PROJECTS
project_id;cost;name;
1;1000.5;"Platz ""Mitte"";Nord";
2;2000;Weg;
VOTES
voter_id;vote;
1;1,2;
2;2;
