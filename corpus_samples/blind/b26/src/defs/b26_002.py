"""b26-002: medicaid, 2 gaps. Style (2): a small community infusion clinic's nursing note written as
one long run-on paragraph with mixed 12-hour times and approximate amounts. Glassia 4,056 mg at 150 lb,
J0257 406 JZ. Gaps: wastage_documented missing (JZ billed, nothing said about waste);
smoking_status conflict (current smoker)."""

CHART_ID = "b26-002"
DOS = "2026-03-12"
PAYER = {"profile": "medicaid", "name": "Kentucky Medicaid - Bluegrass Community Plan"}
PRIOR_AUTH = "BCP-26-0447190"
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 406, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
HARLAN COUNTY COMMUNITY INFUSION - nurse visit note
Pt: Tibbetts, Rhonda K   DOB 08/30/1967   chart # 2291
Date: 3/12/26   Nurse: Dee Ann Whitt RN

3/12/26 Rhonda in for her weekly alpha 1 infusion came in around 9:15 with her sister who
drove her today since her car is in the shop she says her breathing is about the same maybe a
little more winded with the cold snap and the wet weather no fevers no new cough just the
usual morning phlegm clear to white weighed 150 lbs on our scale shoes off BP 142/88 pulse 84
O2 92% room air temp 97.9 she says she is still smoking 4 or 5 cigarettes a day and is trying
to cut down I gave her the quitline card again and told Dr Pruett she wants to try the patch
IV started L forearm 22g first try flushed fine with about 10 mL saline gave tylenol 650 by
mouth at 9:30 like she always gets glassia dose today 4056 mg IV through the 5 micron filter
started at 9:45am, done 10:20 no itching no rash no chest tightness she dozed most of it
vitals after 138/84 pulse 80 O2 93% flushed again and pulled the IV site clean no bruising
she left about 10:35 lot on the glassia was LK26B0114 exp 11/2026 she asked about the
snow day schedule told her we call the night before next week same time thursday 9:15
her sister will bring her again. sister says she got tested too a few years back and she is
MS, told her to ask her own doctor about it.
-- D. Whitt RN 3/12/26 11:02am

Phone note 3/12/26 2:40pm: called pt to check on her, says she's tired but fine, ate lunch,
no fever. -- DW
"""

D2 = """
CUMBERLAND FAMILY & LUNG CLINIC
Office visit - 02/05/2026
Patient: Rhonda K. Tibbetts     DOB 08/30/1967     Medicaid ID 7788-1204-55
Provider: Luther Pruett, DO

Chief complaint: 3-month check, alpha-1 and COPD.

HPI: 58-year-old woman with alpha-1 antitrypsin deficiency, PI*SZ, and COPD (GOLD 3),
on weekly Glassia at Harlan County Community Infusion since 06/2023. Before Glassia she had
four flares in 2022, two needing the ER; since starting she has had one flare (10/2025,
treated at home with prednisone). She says she can do her own shopping again. Still smoking,
about a quarter pack a day; she has cut down from a pack a day in 2023. Not ready to set a
quit date, open to NRT.

Meds: Glassia 60 mg/kg IV weekly; fluticasone furoate/umeclidinium/vilanterol 1 inh daily;
albuterol neb prn (uses it most mornings); sertraline 50 mg daily; omeprazole 20 mg daily.

Vitals: Wt 151 lb. BP 138/86. HR 88. SpO2 91% RA. T 98.1.
Exam: thin, no distress. Scattered expiratory wheeze, prolonged expiratory phase.
No edema.

PFT 01/2026 (post-BD): FEV1 0.98 L (36% predicted), FEV1/FVC 0.41, DLCO 44%.

Labs on file: alpha-1 antitrypsin 8.9 umol/L (05/2023, pre-treatment), phenotype SZ.

Assessment/Plan:
1. AATD, PI*SZ, with COPD - doing better on augmentation: exacerbations down from four a year
   to one, and FEV1 unchanged from 37% in 01/2025 to 36% now. Continue Glassia 60 mg/kg
   weekly; her order is written for ~4 g each week, infusion nurse adjusts to the scale weight.
   Medicaid PA on file, BCP-26-0447190, good through 06/2026.
2. Tobacco use disorder, current smoker - counseled 5 minutes; start nicotine patch 14 mg
   daily plus gum, referral to the quitline. If she stops the patch we will try varenicline.
3. Depression - stable on sertraline.
4. GERD - continue omeprazole.
Follow-up 3 months, sooner if flare.

Luther Pruett, DO - signed 02/05/2026 4:48 PM
"""

D3 = """
APPALACHIAN REGIONAL LABORATORY SERVICES
Patient: TIBBETTS, RHONDA K      DOB 08/30/1967      F
Requested by: L. Pruett, DO      Received 05/09/2023 10:22   Reported 05/16/2023 09:05

ALPHA-1 ANTITRYPSIN, QUANTITATIVE
  Result ................ 8.9 umol/L         (LOW)
  Reference ............. 20 - 48 umol/L
ALPHA-1 ANTITRYPSIN PHENOTYPE (isoelectric focusing)
  Result ................ SZ
  Reference ............. MM
COMMENT: Pi SZ phenotype with a level in the deficient range. Compound heterozygote for the
S and Z alleles. Genetic counseling for relatives is suggested.
C-REACTIVE PROTEIN ...... 4 mg/L (ref < 10)

Reviewed: M. Caudill, MD, Pathology
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-12", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-02-05", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2023-05-16", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "alpha-1 antitrypsin deficiency, PI*SZ"},
    {"kind": "genotype", "alleles": ["S", "Z"], "_doc": "d3", "_ev": "Pi SZ phenotype"},
    {"kind": "serum_aat", "value": 8.9, "unit": "uM", "_doc": "d3", "_ev": "Result ................ 8.9 umol/L"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d2", "_ev": "COPD (GOLD 3)"},
    {"kind": "weight", "value": 150, "unit": "lb", "value_kg": 68.0, "_date": "2026-03-12", "_doc": "d1", "_ev": "weighed 150 lbs on our scale"},
    {"kind": "weight", "value": 151, "unit": "lb", "value_kg": 68.5, "_date": "2026-02-05", "_doc": "d2", "_ev": "Wt 151 lb"},
    {"kind": "dose", "value": 4056, "_doc": "d1", "_ev": "glassia dose today 4056 mg IV"},
    {"kind": "lot_number", "value": "LK26B0114", "_doc": "d1", "_ev": "lot on the glassia was LK26B0114"},
    {"kind": "expiration_date", "value": "2026-11", "_doc": "d1", "_ev": "LK26B0114 exp 11/2026"},
    {"kind": "infusion_start", "value": "09:45", "_doc": "d1", "_ev": "started at 9:45am"},
    {"kind": "infusion_end", "value": "10:20", "_doc": "d1", "_ev": "done 10:20"},
    {"kind": "fev1", "value": 36, "_doc": "d2", "_ev": "FEV1 0.98 L (36% predicted)"},
    {"kind": "fev1", "value": 37, "_doc": "d2", "_ev": "from 37% in 01/2025"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "doing better on augmentation: exacerbations down from four a year\n   to one"},
    {"kind": "smoking_status", "value": "current", "_doc": "d1", "_ev": "she is still smoking 4 or 5 cigarettes a day"},
    {"kind": "prior_authorization", "value": "BCP-26-0447190", "_doc": "d2", "_ev": "Medicaid PA on file, BCP-26-0447190"},
    {"kind": "drug_product", "value": "Glassia", "_dos": True, "_doc": "d1", "_ev": "glassia dose today"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "met",
    "wastage_documented": "missing",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "conflict",
}

ARITH = {
    "dos": "2026-03-12",
    "weight": {"value": 150, "unit": "lb", "kg": 68.0, "date": "2026-03-12"},
    "dose_mg": 4056,
    "target_mg": 4080.0,
    "tolerance_mg": 408.0,
    "deviation_pct": -0.59,
    "within_tolerance": True,
    "code": "J0257",
    "billing_unit_mg": 10,
    "units_expected": 406,
    "units_billed": 406,
    "waste_mg": None,
    "jw_units_expected": None,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2026-11"],
    "expiration_ok": True,
}

NOTES = """
Gaps: wastage_documented missing - the claim carries JZ but the nurse's note says nothing about
leftover drug (no "no waste", no discarded amount), and the bottles' potencies are not listed, so a
zero waste can only be inferred, not read; smoking_status conflict - current smoker (nurse: 4-5
cigarettes/day; physician: quarter pack/day, "Tobacco use disorder, current smoker"). Run-on
paragraph with 12-hour times: infusion 9:45am-10:20 (arrival ~9:15, Tylenol 9:30, departure ~10:35,
signature 11:02am, phone note 2:40pm, next week 9:15 are traps). Weight 150 lb on the DOS (68.0 kg);
151 lb on 02/05 listed. 4056 mg vs 60 x 68.0 = 4080 mg (-0.59 %); ceil(405.6) = 406 units.
Traps: "~4 g each week" order; Tylenol 650; "about 10 mL saline"; sister MS; reference 20-48 umol/L
and MM; nicotine patch 14 mg plan; hypothetical varenicline; FEV1 37 % (01/2025) listed.
"""
