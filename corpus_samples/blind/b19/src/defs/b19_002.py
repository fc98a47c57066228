CHART_ID = "b19-002"
DOS = "2026-02-17"
PAYER = {"profile": "medicaid", "name": "Meridian Health Plan (Medicaid managed care)"}
PRIOR_AUTH = "MCD-PA-26-0044170"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 386, "modifiers": []},
    {"hcpcs": "J0256", "units": 14, "modifiers": ["JW"]},
    {"hcpcs": "S9346", "units": 1, "modifiers": []},
    {"hcpcs": "99601", "units": 1, "modifiers": []},
]

# d1: mobile nursing app visit record exported to PDF and run through PDF-to-text (labels and values on
# separate lines, table headers stacked above their values).
D1 = r"""
HOMEWARD INFUSION SERVICES
Nursing Visit - Infusion Administration
Page 1 of 3
Patient Name
FERRANTE, DANIELLE M
DOB
05/08/1979
MRN
HIS-0071552
Visit Date
02/17/2026
Visit Type
Skilled Nursing - Infusion (SN-INF)
Clinician
Tamsin Oduya, RN
Arrival Time
10:05
Therapy
Alpha-1 Proteinase Inhibitor (Human)
Product
Prolastin-C Liquid
Order
60 mg/kg IV weekly
Ordered Dose
(mg)
3,860
Dosing Weight
64.4
kg
Dosing Weight Date
02/03/2026
Weight Today
64.6
kg
Weight Source
Home scale (agency), zeroed before use
Page 2 of 3
Product Vials
Qty
Strength
Lot Number
Expiration
3
1000 mg/20 mL
P3K4471
2027-05-31
2
500 mg/10 mL
P3J9902
2026-01-31
Dose Administered
(mg)
3860
Volume Infused
77.2
mL
Amount Wasted
(mg)
140
Waste Reason
Partial vial - remainder of single-use 500 mg vial
Waste Witness
N/A - home visit, documented per agency policy
IV Access
PIV 24 g R hand
Infusion Start Time
10:42
Infusion Stop Time

Rate
0.08 mL/kg/min (about 5.2 mL/min)
Administration Method
Gravity / roller clamp
Page 3 of 3
Vital Signs
Time
BP
HR
RR
SpO2
Temp
10:31
118/74
82
18
94%
98.1 F
11:02
116/72
80
18
95%
98.0 F
Adverse Reaction
None
Patient Education
Reviewed signs of hypersensitivity and when to call 911
Next Visit
02/24/2026 10:00
Departure Time
11:20
Signature
Electronically signed T. Oduya RN 02/17/2026 13:47
"""

D2 = r"""
rn visit note - homeward infusion - 2/17/26 sn-inf
pt ferrante danielle dob 5/8/79
dx aatd (E88.01) pi*zz, emphysema (J43.9). ex smoker quit 2014 ~15 pk yr
s: "breathing about the same" c/o mild doe 1 flight stairs, no ↑ cough/sputum, no abx/pred since last visit
no flares since wkly infusions started 9/2025, pt says infusions "keep me out of the ER"
o: afebrile, lungs diminished bases no wheeze, spo2 94% ra
wt 64.6kg home scale (dosing wt 64.4 on 2/3 - no change to order per pharm)
piv 24g r hand 1st attempt @1033
prolastin-c liquid 3860mg = 77.2ml, used 3x1000 + 2x500 vials (the 2x500 from jan delivery bin, pt had them in fridge)
start 1042 gravity ~5ml/min, infusion ~15min
waste 140mg (2.8ml) of 500mg vial -> discarded rx waste container
tol well -> no rxn, no itching/flushing
piv d/c'd cath intact, 2x2 + tape
post vs wnl see flowsheet
pt to call pharm re refill, next delivery 2/20
next sn visit 2/24 @1000
PA# on file MCD-PA-26-0044170 thru 8/31/26
t. oduya rn
"""

D3 = r"""
HOMEWARD INFUSION SERVICES
Patient Therapy Profile (Pharmacy)
Printed 02/17/2026 09:14
Patient
FERRANTE, DANIELLE M
Payer
State Medicaid - Managed Care (Meridian Health Plan)
Member ID
MDC118830457
Prior Authorization
MCD-PA-26-0044170
PA Effective
09/01/2025 - 08/31/2026
Referral Source
Vikram Sethi, MD (Pulmonology)
Referral #
RF-448102
Primary Diagnosis
E88.01 Alpha-1-antitrypsin deficiency
Secondary Diagnosis
J43.9 Emphysema, unspecified
Genotype / Phenotype
PI*ZZ (genotype, 03/2019)
Baseline AAT Level
0.41
g/L
Reference Range
0.90 - 2.00 g/L
Collected
03/11/2019
IgA Level
212 mg/dL (normal)
Allergies
Sulfa (rash)
Therapy
Prolastin-C Liquid 60 mg/kg IV weekly
Last Dispense
02/13/2026
Dispensed Items
1000 mg/20 mL x3  Lot P3K4471  Exp 05/31/2027
500 mg/10 mL x2  Lot P3M0127  Exp 02/28/2027
Anaphylaxis Kit
Epinephrine 0.3 mg auto-injector x2  Lot 4GK118  Exp 10/2026
Diphenhydramine 50 mg/mL vial x1
Pharmacist
G. Lindahl, PharmD
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-02-17", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-02-17", "text": D2},
    {"id": "d3", "type": "other", "date": "2026-02-17", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "ev": ("d3", "E88.01 Alpha-1-antitrypsin deficiency")},
    {"kind": "genotype", "alleles": ["Z", "Z"], "ev": ("d3", "PI*ZZ (genotype, 03/2019)")},
    {"kind": "serum_aat", "value": 0.41, "unit": "g/L", "ev": ("d3", "Baseline AAT Level\n0.41\ng/L")},
    {"kind": "lung_disease", "value": "emphysema", "ev": ("d3", "J43.9 Emphysema, unspecified")},
    {"kind": "weight", "value": 64.6, "unit": "kg", "value_kg": 64.6, "ev": ("d1", "Weight Today\n64.6\nkg")},
    {"kind": "weight", "value": 64.4, "unit": "kg", "value_kg": 64.4, "ev": ("d1", "Dosing Weight\n64.4\nkg")},
    {"kind": "dose", "value": 3860, "ev": ("d1", "Dose Administered\n(mg)\n3860")},
    {"kind": "wastage", "value": 140, "ev": ("d1", "Amount Wasted\n(mg)\n140")},
    {"kind": "lot_number", "value": "P3K4471", "ev": ("d1", "P3K4471")},
    {"kind": "lot_number", "value": "P3J9902", "ev": ("d1", "P3J9902")},
    {"kind": "expiration_date", "value": "2027-05-31", "ev": ("d1", "2027-05-31")},
    {"kind": "expiration_date", "value": "2026-01-31", "ev": ("d1", "2026-01-31")},
    {"kind": "infusion_start", "value": "10:42", "ev": ("d1", "Infusion Start Time\n10:42")},
    {"kind": "response_to_therapy", "ev": ("d2", "no flares since wkly infusions started 9/2025")},
    {"kind": "prior_authorization", "value": "MCD-PA-26-0044170", "ev": ("d2", "PA# on file MCD-PA-26-0044170")},
    {"kind": "smoking_status", "value": "former", "ev": ("d2", "ex smoker quit 2014")},
    {"kind": "drug_product", "value": "Prolastin-C Liquid", "ev": ("d1", "Product\nProlastin-C Liquid")},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met", "lung_disease_evidence": "met",
    "patient_weight": "met", "dose_administered": "met", "dose_matches_weight": "met",
    "units_match_dose": "met", "wastage_documented": "met", "lot_number": "met",
    "expiration_date": "conflict", "infusion_times": "missing", "response_to_therapy": "met",
    "prior_authorization": "met", "code_selection": "met", "smoking_status": "met",
}

ARITH = {
    "dos": DOS,
    "weight": {"value": 64.6, "unit": "kg", "value_kg": 64.6},
    "dose_mg": 3860, "target_mg_per_kg": 60, "target_mg": 3876.0, "pct_diff": -0.41, "within_10pct": True,
    "claim_lines": [
        {"hcpcs": "J0256", "modifiers": [], "units_billed": 386, "bu_mg": 10, "expected_units": 386},
        {"hcpcs": "J0256", "modifiers": ["JW"], "units_billed": 14, "bu_mg": 10, "expected_units": 14},
    ],
    "waste_mg": 140, "jw_units_expected": 14,
    "lots": [{"lot": "P3K4471", "exp": "2027-05-31", "exp_not_before_dos": True},
             {"lot": "P3J9902", "exp": "2026-01-31", "exp_not_before_dos": False}],
    "dos_products": ["Prolastin-C Liquid"],
}

NOTES = ("Gaps: expiration_date conflict (the two 500 mg vials came from the January bin, lot P3J9902 exp "
         "2026-01-31, before the 02/17 DOS); infusion_times missing (vertical 'Infusion Stop Time' label followed "
         "by an empty line; shorthand gives only start and '~15min'). Traps: the 02/13 dispense lists 500 mg lot "
         "P3M0127 exp 02/28/2027 that was NOT used; epinephrine lot/exp; post vitals 11:02, departure 11:20; "
         "ordered dose 3,860 and dosing weight 64.4 kg (02/03, historical); IgA 212 mg/dL; referral number; "
         "reference range 0.90-2.00 g/L.")

META = {
    "style": "(2)+(4) home-infusion mobile app visit record exported PDF-to-text (label/value on separate lines, units on a third line, stacked table headers) + pharmacy therapy profile in the same vertical layout + lowercase RN shorthand note (Prolastin-C Liquid, J0256 + JW)",
    "gaps": "expiration_date conflict (500 mg vials lot P3J9902 exp 2026-01-31); infusion_times missing (stop time label empty)",
    "traps": "dispensed-but-unused lot P3M0127 exp 02/28/2027; '~15min' duration; vitals 10:31/11:02, departure 11:20, PIV 10:33; dosing weight 64.4 kg (02/03); epinephrine lot 4GK118; IgA 212 mg/dL; referral RF-448102",
}
