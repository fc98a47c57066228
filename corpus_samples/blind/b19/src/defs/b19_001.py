CHART_ID = "b19-001"
DOS = "2026-03-03"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 499, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = r"""
GREAT LAKES ALPHA-1 CLINICAL RESOURCE CENTER
Division of Pulmonary and Critical Care Medicine
2150 Lakeshore Medical Drive, Suite 400
Milwaukee, WI 53202   Phone (414) 555-0182   Fax (414) 555-0190

March 3rd, 2026

Eleanor Pruitt, MD
Brookfield Family Medicine
18700 W. Bluemound Road
Brookfield, WI 53045

RE:  Walter R. Kessling
     DOB: July 22nd, 1954
     MRN: 60044817

Dear Dr. Pruitt,

Thank you for referring Mr. Kessling to our Alpha-1 center. I saw him again today, March 3rd, 2026,
for his scheduled follow-up, and he received his weekly augmentation infusion in our infusion suite
during the same visit. As you know, he was first seen here on September 30th, 2025, and he started
Zemaira on October 14th, 2025.

INTERVAL HISTORY
He has now received twenty weekly infusions. He tells me his exercise tolerance is about the same as
in the fall; he still walks the dog twice a day, roughly half a mile each time, and stops once on the
hill by the church. He has had no exacerbations requiring prednisone or antibiotics since starting
augmentation therapy, compared with three courses of prednisone in the twelve months before. He has
tolerated every infusion without headache, fever or rash. Weight today was 78.6 kg; he weighed 80.1 kg
at his first visit with us in September.

PROBLEM LIST
1. Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01). Baseline serum AAT 24 mg/dL on October 2nd, 2025
   (corrected report, see below). Phenotype ZZ by isoelectric focusing.
2. Panlobular emphysema, lower-lobe predominant, on CT chest of September 12th, 2025 (J43.1).
3. Former smoker, 22 pack-years, quit in 2009.
4. Mild elevation of ALT in 2024, normal since; liver elastography 6.1 kPa in November 2025.
5. Hypertension, on lisinopril 20 mg daily.

PULMONARY FUNCTION (post-bronchodilator)
                 09/30/2025        03/03/2026
   FEV1          1.41 L (43%)      1.44 L (44%)
   FVC           3.32 L (78%)      3.30 L (78%)
   FEV1/FVC      0.42              0.44
   DLCO          51%               not done

A NOTE ON THE LABORATORY RESULT
The first result transmitted by the reference laboratory for the October 2nd specimen read 124 mg/dL.
The laboratory issued a corrected report the following morning (transcription error); the correct
value is 24 mg/dL, which is the value we have used. I mention it only because the earlier value may
still be visible in your system if your interface posted it before the correction.

TODAY'S INFUSION
Zemaira was given in our infusion suite by our nurse, Ms. Okafor; the administration record from our
system is attached. He tolerated it well.

RECOMMENDATIONS
1. Continue Zemaira 60 mg/kg IV once weekly. His dose is built from whole vials; today that was one
   4 g vial and one 1 g vial. If his weight falls below 75 kg we would rebuild it at roughly 4,500 mg.
2. Continue tiotropium/olodaterol 2.5/2.5 mcg, two inhalations daily, and albuterol as needed.
3. Repeat spirometry in September 2026; full PFTs with DLCO in March 2027.
4. The hepatitis A and B vaccine series is complete; we recommend the RSV vaccine this fall.
5. Family testing: his brother Dennis (age 68) tested PI*ZZ in January with a level of 19 mg/dL and
   is being scheduled at our center; his daughter tested PI*MZ, level 88 mg/dL, and needs no treatment.
6. Annual liver elastography.

Thank you again for allowing us to share in Mr. Kessling's care. Please do not hesitate to call me
with any questions.

Sincerely,

Marguerite A. Lindqvist, MD
Director, Great Lakes Alpha-1 Clinical Resource Center

MAL/mrb   D: 03/03/2026 16:40   T: 03/04/2026 08:12
cc: Walter R. Kessling (patient)
"""

D2 = r"""
*** INTERFACE MESSAGE VIEWER -- Inbound Results (ORU^R01) ***
Printed from Interface Engine Console by: hlakatos  03/03/2026 14:02
Message Control ID: QLB2510030913044   Status: PROCESSED (corrected result replaced prior)

MSH|^~\&|QLAB|QUESTREF^2.16.840.1.113883.3.1234^ISO|EPIC|GLAARC|20251003091304||ORU^R01^ORU_R01|QLB2510030913044|P|2.5.1
PID|1||60044817^^^GLAARC^MR~Q88201745^^^QLAB^PI||KESSLING^WALTER^R||19540722|M|||412 N ELM ST^^WAUWATOSA^WI^53213
PV1|1|O|GLAARC^PULM^01||||1477210985^LINDQVIST^MARGUERITE^A^^^MD
ORC|RE|ORD881042^EPIC|QL25-275-04418^QLAB||CM||||20251002101500
OBR|1|ORD881042^EPIC|QL25-275-04418^QLAB|A1ATP^Alpha-1-Antitrypsin Profile^L|||20251002094500|||||||20251002113000|^Serum|1477210985^LINDQVIST^MARGUERITE||||||20251003091200|||C
OBX|1|NM|1825-9^Alpha 1 antitrypsin [Mass/volume] in Serum or Plasma^LN^AAT^Alpha-1-Antitrypsin, S^L||24|mg/dL^^UCUM|100-190|L|||C|||20251002094500|QL^Quest Ref Lab Chantilly
NTE|1|L|CORRECTED REPORT: previously reported as 124 mg/dL on 10/02/2025 at 17:46.
NTE|2|L|Corrected 10/03/2025 09:12; transcription error. Called to/read back by R. DIAZ RN 10/03/2025 09:20.
NTE|3|L|Method: immunonephelometry.
OBX|2|ST|32769-2^Alpha 1 antitrypsin phenotype^LN^A1APH^Alpha-1-Antitrypsin Phenotype^L||ZZ||MM||||F|||20251002094500|QL^Quest Ref Lab Chantilly
NTE|1|L|Isoelectric focusing. Phenotype ZZ is consistent with severe alpha-1 antitrypsin deficiency.
NTE|2|L|Reference phenotype MM. Recent augmentation therapy may alter phenotype interpretation.
OBX|3|NM|1988-5^C reactive protein [Mass/volume] in Serum or Plasma^LN^CRP^C-Reactive Protein^L||2.1|mg/L^^UCUM|<8.0|N|||F|||20251002094500
OBX|4|NM|1742-6^Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma^LN^ALT^ALT^L||38|U/L^^UCUM|7-52|N|||F|||20251002094500

--- ACK returned: MSA|AA|QLB2510030913044 ---
Prior version of OBX|1 (status P, 20251002174600): 124 mg/dL -- SUPERSEDED, not displayed in Results Review
"""

D3 = r"""
GLAARC Infusion Suite -- Medication Administration Interface Log (RAS^O17)
Outbound to: Pharmacy/Billing (CHARGE-ROUTER)     Printed 03/03/2026 14:05
Message Control ID: MAR20260303103604177          ACK: AA

MSH|^~\&|EPICMAR|GLAARC|CHGRTR|GLAARC|20260303103604||RAS^O17^RAS_O17|MAR20260303103604177|P|2.5.1
PID|1||60044817^^^GLAARC^MR||KESSLING^WALTER^R||19540722|M
PV1|1|O|GLAARC^INF^CH04||||1477210985^LINDQVIST^MARGUERITE^A^^^MD
ORC|RE|ORD902215^EPIC|||CM||^^^20260303^^R||20260303093000|||1477210985^LINDQVIST^MARGUERITE
RXE|^^^20260303^^R|0053-7202^Zemaira 4000 mg vial^NDC|60||mg/kg|IJ^Injection
RXR|IV^Intravenous^HL70162|LA^Left arm^HL70163
RXA|0|1|20260303101400|20260303103200|0053-7202^Zemaira alpha1-proteinase inhibitor (human)^NDC|4988|mg^milligram^UCUM||^actual potency 3980 mg + 1008 mg, entire contents of both vials|^OKAFOR^ADAEZE^^^^RN|GLAARC^INF^CH04||||P100560228~P100549117|20270831~20261231|CSL^CSL Behring^MVX|||CP|A
OBX|1|NM|29463-7^Body weight^LN||78.6|kg^^UCUM|||||F|||20260303095100
OBX|2|NM|8867-4^Heart rate^LN||74|/min^^UCUM|||||F|||20260303103500
OBX|3|NM|8480-6^Systolic blood pressure^LN||132|mm[Hg]^^UCUM|||||F|||20260303103500
OBX|4|NM|WASTE^Drug amount discarded^L||0|mg^^UCUM|||||F|||20260303103400
NTE|1||No drug discarded; both vials fully used. Line flushed with NS 20 mL at 10:33.
NTE|2||Premed: none. PIV 22g L forearm placed 09:58, removed 10:41. Discharged 10:50.

--- Charge router output ---
HCPCS J0256   Units 499   Mod JZ    (4988 mg / 10 mg per unit, rounded up)
CPT   96365   Units 1               (IV infusion, initial, up to 1 hr)
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-03-03", "text": D1},
    {"id": "d2", "type": "lab_report", "date": "2025-10-03", "text": D2},
    {"id": "d3", "type": "infusion_record", "date": "2026-03-03", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "ev": ("d1", "Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01)")},
    {"kind": "genotype", "alleles": ["Z", "Z"], "ev": ("d1", "PI*ZZ (E88.01)")},
    {"kind": "serum_aat", "value": 24, "unit": "mg/dL", "ev": ("d2", "||24|mg/dL^^UCUM|100-190|L|")},
    {"kind": "lung_disease", "value": "emphysema", "ev": ("d1", "Panlobular emphysema, lower-lobe predominant")},
    {"kind": "fev1", "value": 43, "ev": ("d1", "1.41 L (43%)")},
    {"kind": "fev1", "value": 44, "ev": ("d1", "1.44 L (44%)")},
    {"kind": "weight", "value": 78.6, "unit": "kg", "value_kg": 78.6, "ev": ("d1", "Weight today was 78.6 kg")},
    {"kind": "weight", "value": 80.1, "unit": "kg", "value_kg": 80.1, "ev": ("d1", "he weighed 80.1 kg")},
    {"kind": "dose", "value": 4988, "ev": ("d3", "|4988|mg^milligram^UCUM|")},
    {"kind": "wastage", "value": 0, "ev": ("d3", "No drug discarded; both vials fully used.")},
    {"kind": "lot_number", "value": "P100560228", "ev": ("d3", "P100560228~P100549117")},
    {"kind": "lot_number", "value": "P100549117", "ev": ("d3", "P100560228~P100549117")},
    {"kind": "expiration_date", "value": "2027-08-31", "ev": ("d3", "|20270831~20261231|")},
    {"kind": "expiration_date", "value": "2026-12-31", "ev": ("d3", "|20270831~20261231|")},
    {"kind": "infusion_start", "value": "10:14", "ev": ("d3", "RXA|0|1|20260303101400|")},
    {"kind": "infusion_end", "value": "10:32", "ev": ("d3", "|20260303103200|")},
    {"kind": "response_to_therapy", "ev": ("d1", "He has had no exacerbations requiring prednisone or antibiotics since starting\naugmentation therapy")},
    {"kind": "smoking_status", "value": "former", "ev": ("d1", "Former smoker, 22 pack-years, quit in 2009.")},
    {"kind": "drug_product", "value": "Zemaira", "ev": ("d3", "Zemaira alpha1-proteinase inhibitor (human)")},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met", "lung_disease_evidence": "met",
    "patient_weight": "met", "dose_administered": "met", "dose_matches_weight": "met",
    "units_match_dose": "met", "wastage_documented": "met", "lot_number": "met", "expiration_date": "met",
    "infusion_times": "met", "response_to_therapy": "met", "prior_authorization": "not_applicable",
    "code_selection": "met",
}

ARITH = {
    "dos": DOS,
    "weight": {"value": 78.6, "unit": "kg", "value_kg": 78.6},
    "dose_mg": 4988, "target_mg_per_kg": 60, "target_mg": 4716.0, "pct_diff": 5.77, "within_10pct": True,
    "claim_lines": [{"hcpcs": "J0256", "modifiers": ["JZ"], "units_billed": 499, "bu_mg": 10, "expected_units": 499}],
    "waste_mg": 0, "jw_units_expected": None,
    "lots": [{"lot": "P100560228", "exp": "2027-08-31", "exp_not_before_dos": True},
             {"lot": "P100549117", "exp": "2026-12-31", "exp_not_before_dos": True}],
    "dos_products": ["Zemaira"],
}

NOTES = ("Complete. AATD-center consult letter + HL7 ORU (corrected AAT result) + HL7 RAS administration message. "
         "Traps: superseded 124 mg/dL (corrected to 24); reference phenotype MM in OBX-7; RXA times in HL7 "
         "timestamp form; PIV/flush/discharge/vitals times; 4 g + 1 g vial sizes and actual potencies are not the "
         "dose (4988 mg is); brother PI*ZZ 19 mg/dL and daughter PI*MZ 88 mg/dL are family; hypothetical 4,500 mg "
         "below 75 kg; 80.1 kg is a historical weight; DLCO/FVC percents are not FEV1.")

META = {
    "style": "(3)+(1) AATD-center follow-up consult letter with numbered problem list/recommendations and written-out dates; HL7 ORU^R01 lab dump with CORRECTED REPORT NTE; HL7 RAS^O17 RXA administration message with charge-router output (Zemaira, J0256 JZ)",
    "gaps": "none (complete)",
    "traps": "superseded 124 mg/dL; OBX-7 reference MM; HL7 timestamps 101400/103200; PIV 09:58/10:41, flush 10:33, discharge 10:50; 3980+1008 mg potencies and 4 g/1 g vials; brother PI*ZZ 19 mg/dL, daughter PI*MZ 88 mg/dL; hypothetical 4,500 mg; historical 80.1 kg; DLCO 51 %",
}
