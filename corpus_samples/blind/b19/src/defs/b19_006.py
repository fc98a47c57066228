CHART_ID = "b19-006"
DOS = "2026-03-09"
PAYER = {"profile": "medicaid", "name": "Molina Healthcare of Ohio (Medicaid)"}
PRIOR_AUTH = "MOL-PA-2026-118402"
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 487, "modifiers": []},
    {"hcpcs": "J0257", "units": 13, "modifiers": ["JW"]},
    {"hcpcs": "S9346", "units": 1, "modifiers": []},
    {"hcpcs": "99601", "units": 1, "modifiers": []},
]

D1 = r"""
BRIGHTPATH SPECIALTY PHARMACY -- ADHERENCE & REFILL ASSESSMENT
Date: 03/04/2026 10:20   Call type: refill reminder / clinical assessment   Outcome: completed
Patient: AMBROSE, CURTIS L    DOB 01/14/1963    Molina member ID 7100448203
Drug: GLASSIA 1 G/50 ML solution (alpha1-PI, human)   NDC 0944-2884-01
Dose: 60 mg/kg IV weekly -- 4,870 mg per dose (dosing weight 81.2 kg, 02/23/2026)
Doses per week: 1  |  Vials per dose: 5  |  Vials per week: 5
Last fill 02/18/2026: 10 vials (2 weeks), lot GLS25K118 exp 01/31/2027
Vials used since last fill: 10 (infusions 02/23 and 03/02)   Vials on hand: 0
Missed doses: none.  Adherence (PDC, 90 days): 100%
Side effects: "a little tired the evening after"; no rash, no SOB during infusions
ER/hospital since last call: none
Medication changes: none (montelukast discussed by PCP, not started)
Smoking: former, quit 2011, no relapse
Insurance: PA # MOL-PA-2026-118402, approved 01/01/2026-12/31/2026, 52 doses, 42 remaining
Next fill: ship 03/06/2026 for infusions 03/09 and 03/16 -- 10 vials
Pharmacist: Dorota Kowalczyk, RPh

--- DELIVERY CONFIRMATION ---
Order 5520917    Shipped 03/06/2026 (cold pack, 2-8 C)    UPS 1Z8W44710355291184
Contents per packing slip:
  GLASSIA 1 G/50 ML                   x10   Lot GLS25M204   Exp 04/30/2027
  Sodium chloride 0.9% 100 mL         x2    Lot P371920     Exp 12/2027
  Heparin lock flush 100 units/mL 5 mL x4   Lot 25H0617     Exp 08/2027
  Epinephrine 0.3 mg auto-injector    x2    Lot 5HM219      Exp 02/2027
  5 micron in-line filter             x2
Received by: C. Ambrose 03/07/2026 09:48    Temperature indicator: OK (no excursion)
"""

D2 = r"""
BrightPath Home Infusion
Infusion Administration Record
Patient
AMBROSE, CURTIS L
Date of Visit
03/09/2026
Nurse
Ines Castillo-Barr, RN
Time In
08:50
Drug
GLASSIA (alpha1-proteinase inhibitor, human)
Dose Ordered
60
mg/kg
Weight
81.2
kg
Weight Date
03/09/2026
Calculated Dose
4,872
mg
Dose Administered
4,870
mg
Volume Administered
243.5
mL
Vials Opened
5
Vial Size
1 g / 50 mL
Lot #
GLS25M204
Expiration
04/30/2027
Waste
130
mg
Waste Volume
6.5 mL
Start Time
09:14
End Time
09:41
Rate
up to 0.2 mL/kg/min (pump set 10 mL/min)
Filter
5 micron in-line
Reaction
None
Post Flush
NS 10 mL @ 09:42, heparin 500 units @ 09:43
Time Out
10:20
"""

D3 = r"""
BrightPath Home Infusion -- Nursing Visit Summary
Patient
AMBROSE, CURTIS L
Visit Date
03/09/2026
Primary Diagnosis
Alpha-1 antitrypsin deficiency (E88.01)
Genotype
PI*ZZ
AAT Level (pre-treatment)
38 mg/dL (nephelometry, 05/2021)
Lung Disease
COPD (J44.9); emphysema on CT 04/2021
Smoking Status
Former (quit 2011)
FEV1
52 % predicted (12/2025)
Subjective
"Breathing's been better this winter." Denies fever, chills. Albuterol about 2x/week (was daily last winter).
Response to Therapy
Improved -- one exacerbation in the past 12 months vs four the year before augmentation started (06/2021); tolerating Glassia without reactions.
Lungs
Diminished bilateral bases, no wheeze
SpO2
93
% RA
Access
Port (R chest), accessed 09:02, 20 g 3/4 in; de-accessed 10:05
Education
Reviewed plasma-product lot record card; pt wrote today's lot in his log
Family
Sister (age 58) PI*MZ, not on therapy
Plan
Continue weekly Glassia per order; next visit 03/16/2026 09:00
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2026-03-04", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-03-09", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-03-09", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "ev": ("d3", "Alpha-1 antitrypsin deficiency (E88.01)")},
    {"kind": "genotype", "alleles": ["Z", "Z"], "ev": ("d3", "Genotype\nPI*ZZ")},
    {"kind": "serum_aat", "value": 38, "unit": "mg/dL", "ev": ("d3", "38 mg/dL (nephelometry, 05/2021)")},
    {"kind": "lung_disease", "value": "copd", "ev": ("d3", "COPD (J44.9)")},
    {"kind": "lung_disease", "value": "emphysema", "ev": ("d3", "emphysema on CT 04/2021")},
    {"kind": "fev1", "value": 52, "ev": ("d3", "52 % predicted (12/2025)")},
    {"kind": "weight", "value": 81.2, "unit": "kg", "value_kg": 81.2, "ev": ("d2", "Weight\n81.2\nkg")},
    {"kind": "dose", "value": 4870, "ev": ("d2", "Dose Administered\n4,870\nmg")},
    {"kind": "wastage", "value": 130, "ev": ("d2", "Waste\n130\nmg")},
    {"kind": "lot_number", "value": "GLS25M204", "ev": ("d2", "Lot #\nGLS25M204")},
    {"kind": "expiration_date", "value": "2027-04-30", "ev": ("d2", "Expiration\n04/30/2027")},
    {"kind": "infusion_start", "value": "09:14", "ev": ("d2", "Start Time\n09:14")},
    {"kind": "infusion_end", "value": "09:41", "ev": ("d2", "End Time\n09:41")},
    {"kind": "response_to_therapy", "ev": ("d3", "Improved -- one exacerbation in the past 12 months vs four the year before augmentation started")},
    {"kind": "prior_authorization", "value": "MOL-PA-2026-118402", "ev": ("d1", "PA # MOL-PA-2026-118402")},
    {"kind": "smoking_status", "value": "former", "ev": ("d3", "Former (quit 2011)")},
    {"kind": "drug_product", "value": "Glassia", "ev": ("d2", "GLASSIA (alpha1-proteinase inhibitor, human)")},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met", "lung_disease_evidence": "met",
    "patient_weight": "met", "dose_administered": "met", "dose_matches_weight": "met",
    "units_match_dose": "met", "wastage_documented": "met", "lot_number": "met", "expiration_date": "met",
    "infusion_times": "met", "response_to_therapy": "met", "prior_authorization": "met",
    "code_selection": "met", "smoking_status": "met",
}

ARITH = {
    "dos": DOS,
    "weight": {"value": 81.2, "unit": "kg", "value_kg": 81.2},
    "dose_mg": 4870, "target_mg_per_kg": 60, "target_mg": 4872.0, "pct_diff": -0.04, "within_10pct": True,
    "claim_lines": [
        {"hcpcs": "J0257", "modifiers": [], "units_billed": 487, "bu_mg": 10, "expected_units": 487},
        {"hcpcs": "J0257", "modifiers": ["JW"], "units_billed": 13, "bu_mg": 10, "expected_units": 13},
    ],
    "waste_mg": 130, "jw_units_expected": 13,
    "lots": [{"lot": "GLS25M204", "exp": "2027-04-30", "exp_not_before_dos": True}],
    "dos_products": ["Glassia"],
}

NOTES = ("Complete (medicaid, JW met: floor(130/10) = 13). Traps: previous fill lot GLS25K118 exp 01/31/2027 "
         "belongs to the 02/23 and 03/02 infusions; NS/heparin/epinephrine lots and exps on the slip; calculated "
         "dose 4,872 mg vs 4,870 mg given; 'Dose Ordered 60 mg/kg'; time in 08:50, port access 09:02, flush "
         "09:42/09:43, de-access 10:05, time out 10:20; heparin 500 units; sister PI*MZ; PA quota '52 doses, 42 "
         "remaining'; COPD and emphysema are both lung findings.")

META = {
    "style": "(7)+(2) specialty-pharmacy adherence/refill assessment with doses per week, vials used vs shipped and a delivery confirmation + vertical PDF-to-text home infusion record (units on a third line) + vertical nursing visit summary (Glassia, J0257 + JW)",
    "gaps": "none (complete)",
    "traps": "earlier fill lot GLS25K118; slip lots of NS/heparin/epinephrine; calculated 4,872 mg; time in/out, port access/de-access, flush times; sister PI*MZ; PA dose quota",
}
