CHART_ID = "b19-003"
DOS = "2026-03-05"
PAYER = {"profile": "commercial", "name": "Blue Cross and Blue Shield of Illinois PPO"}
PRIOR_AUTH = "BCI-A1P-7730215"
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 419, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = r"""
AFTER VISIT SUMMARY
Marisol Q. Whitcombe    DOB: 11/19/1966
Visit: Thursday 3/5/2026 9:15 AM    Riverside Infusion Center - Pod B, Chair 6
Provider: Nkechi Adeyemi, NP (Pulmonary)    Nurse: Joana M. Ferreira, RN

**Why you came in today**
- Your weekly alpha-1 infusion (augmentation therapy) for alpha-1 antitrypsin deficiency

**Medications given today**
- Glassia (alpha-1 proteinase inhibitor) 4,190 mg IV -- given through a vein in your left arm
- Acetaminophen 650 mg by mouth (before your infusion)

**Your vital signs today**
- Blood pressure: 128/76 (9:22 AM), 124/74 after your infusion
- Weight: 70.3 kg (155 lb)
- Oxygen level: 95% on room air

**What we talked about**
- You said your breathing is about the same as last month and you have not needed any steroid bursts.
- You have never smoked. Please keep avoiding smoke, vapes and dusty or fume-filled air.
- Your insurance approval for the infusions is on file through 9/30/2026.

**Your medication list (no changes today)**
- Glassia 60 mg per kg of body weight, IV, once a week (at the infusion center)
- Breztri inhaler 2 puffs twice a day
- Albuterol inhaler 2 puffs every 4 hours if needed
- Vitamin D3 2,000 units daily

**Your next appointments**
- Thu 3/12/2026 9:15 AM -- Infusion (Glassia about 4,200 mg; the dose can change if your weight changes)
- Tue 4/14/2026 1:30 PM -- Spirometry, then visit with Nkechi Adeyemi, NP

**What is alpha-1?** (general information)
Alpha-1 antitrypsin deficiency is an inherited condition. The liver does not release enough of a
protein that protects the lungs. Without enough of it, people can develop emphysema, especially if they
smoke. People with the ZZ type usually have levels below 11 micromoles per liter (about 57 mg/dL).
Weekly infusions raise the level in your blood.

**Call us** at (312) 555-0144 if you have hives, swelling of your face or lips, trouble breathing,
or a fever over 100.4 F within 24 hours of your infusion. For an emergency call 911.
"""

D2 = r"""
inf ctr rn note 3/5/26  pod b chair 6
pt here for wkly glassia, aatd pi*zz (dx 2017), emphysema. never smoker.
auth# BCI-A1P-7730215 valid thru 9/30/26 - confirmed w/ front desk
s: feels "same as usual", c/o mild fatigue. no fever, no abx/steroids since jan, no new sob
says doing well on glassia, no flares this winter, walking 30 min most days
wt 70.3kg (155lb) standing scale @0917
vs @0922 bp 128/76 hr 78 rr 16 spo2 95% ra t 97.9
piv 22g l forearm @0931 x1 attempt +blood return
premed apap 650mg po @0933
glassia 4 vials 1g/50ml, carton actual mg 1050/1050/1045/1045 -> 4190mg total, all 4 vials used, no waste
lot TGL250611B exp 11/30/2026 (all 4 same lot)
5 micron filter inline, max 0.2ml/kg/min (14ml/min) -> ran @ 8ml/min
start 0948 / done 1016
flushed ns 20ml @1017
-> no rxn, no flushing/hives. vs @1020 bp 124/74 hr 76
piv out @1024 cath intact
next wk 3/12 same time, pt aware
j. m. ferreira rn
"""

D3 = r"""
MyRiverside Patient Portal -- Test Results
Printed by patient 3/6/2026 7:41 PM

**Alpha-1 Antitrypsin (blood)**
Collected: 6/14/2017    Ordered by: Harlan Moss, MD
- Your value: 22 mg/dL
- Standard range: 90 - 200 mg/dL
- Flag: LOW
- Result comment: Immunoturbidimetric method.

**Alpha-1 Antitrypsin Genotype**
Collected: 6/14/2017
- Result: PI*ZZ
- Comment from the lab: Homozygous for the Z allele (c.1096G>A). The S allele was not detected.
- Standard result: MM (normal)

**Spirometry (breathing test)**
Done: 10/21/2025
- FEV1: 1.12 L -- 47% of predicted (after albuterol)
- FVC: 2.61 L -- 81% of predicted
- FEV1/FVC: 43%
- Message from your provider: "Your breathing test shows your emphysema is about the same as last
  year (FEV1 was 48% in October 2024). -- N. Adeyemi, NP"

**Comprehensive Metabolic Panel**
Collected: 2/5/2026
- ALT: 24 U/L (standard range 7 - 52)
- Creatinine: 0.8 mg/dL (standard range 0.6 - 1.1)
- Glucose: 97 mg/dL

**Immunoglobulin A**
Collected: 6/14/2017
- Your value: 188 mg/dL (standard range 70 - 400)
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2026-03-05", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-03-05", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2026-03-06", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "ev": ("d2", "aatd pi*zz (dx 2017)")},
    {"kind": "genotype", "alleles": ["Z", "Z"], "ev": ("d3", "- Result: PI*ZZ")},
    {"kind": "serum_aat", "value": 22, "unit": "mg/dL", "ev": ("d3", "- Your value: 22 mg/dL")},
    {"kind": "lung_disease", "value": "emphysema", "ev": ("d2", "aatd pi*zz (dx 2017), emphysema")},
    {"kind": "fev1", "value": 47, "ev": ("d3", "1.12 L -- 47% of predicted")},
    {"kind": "fev1", "value": 48, "ev": ("d3", "FEV1 was 48% in October 2024")},
    {"kind": "weight", "value": 70.3, "unit": "kg", "value_kg": 70.3, "ev": ("d2", "wt 70.3kg (155lb)")},
    {"kind": "dose", "value": 4190, "ev": ("d2", "-> 4190mg total")},
    {"kind": "wastage", "value": 0, "ev": ("d2", "all 4 vials used, no waste")},
    {"kind": "lot_number", "value": "TGL250611B", "ev": ("d2", "lot TGL250611B")},
    {"kind": "expiration_date", "value": "2026-11-30", "ev": ("d2", "exp 11/30/2026")},
    {"kind": "infusion_start", "value": "09:48", "ev": ("d2", "start 0948")},
    {"kind": "infusion_end", "value": "10:16", "ev": ("d2", "done 1016")},
    {"kind": "response_to_therapy", "ev": ("d2", "says doing well on glassia, no flares this winter")},
    {"kind": "prior_authorization", "value": "BCI-A1P-7730215", "ev": ("d2", "auth# BCI-A1P-7730215")},
    {"kind": "smoking_status", "value": "never", "ev": ("d2", "never smoker")},
    {"kind": "drug_product", "value": "Glassia", "ev": ("d1", "Glassia (alpha-1 proteinase inhibitor) 4,190 mg IV")},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met", "lung_disease_evidence": "met",
    "patient_weight": "met", "dose_administered": "met", "dose_matches_weight": "met",
    "units_match_dose": "met", "wastage_documented": "met", "lot_number": "met", "expiration_date": "met",
    "infusion_times": "met", "response_to_therapy": "met", "prior_authorization": "met",
    "code_selection": "met", "smoking_status": "met", "fev1_range": "met",
}

ARITH = {
    "dos": DOS,
    "weight": {"value": 70.3, "unit": "kg", "value_kg": 70.3},
    "dose_mg": 4190, "target_mg_per_kg": 60, "target_mg": 4218.0, "pct_diff": -0.66, "within_10pct": True,
    "claim_lines": [{"hcpcs": "J0257", "modifiers": ["JZ"], "units_billed": 419, "bu_mg": 10, "expected_units": 419}],
    "waste_mg": 0, "jw_units_expected": None,
    "lots": [{"lot": "TGL250611B", "exp": "2026-11-30", "exp_not_before_dos": True}],
    "dos_products": ["Glassia"],
}

NOTES = ("Complete (commercial). Patient-portal AVS + lowercase RN shorthand + portal test-results page. Traps: "
         "education text (ZZ levels below 11 micromol/L, 'people can develop emphysema') is general, not a finding; "
         "next-visit 'about 4,200 mg' is a plan; acetaminophen 650 mg; weigh 09:17, vitals 09:22/10:20, PIV "
         "09:31/10:24, premed 09:33, flush 10:17; carton potencies 1050/1050/1045/1045; standard result MM; "
         "FVC 81 % and FEV1/FVC 43 % are not FEV1 % predicted; IgA 188 mg/dL; JZ with 'no waste' is met for "
         "commercial.")

META = {
    "style": "(6)+(4) patient-portal after-visit summary in bold/bullet markdown with plain-language wording and an education block + portal test-results printout + lowercase infusion-center RN shorthand (Glassia, J0257 JZ)",
    "gaps": "none (complete)",
    "traps": "education text with 11 micromol/L / 57 mg/dL; planned 4,200 mg next week; acetaminophen 650 mg; weigh/vitals/PIV/premed/flush times; carton actual mg per vial; 'Standard result: MM'; FVC 81 %, FEV1/FVC 43 %; IgA 188 mg/dL",
}
